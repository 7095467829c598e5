/**
 * The WOFF2 transform of `hmtx` (W3C WOFF2 §5.4): left side bearings that equal their glyph's
 * xMin are dropped and rebuilt by the decoder from `glyf`. In CJK fonts every bearing is its
 * glyph's xMin, and those near-random numbers are what Brotli compresses worst in `hmtx`.
 * Returns undefined when neither bearing array can be dropped (the format then forbids the transform).
 */
import { ByteWriter } from './byte-writer.js';

/** `xMins[glyph]`: the xMin the decoder gives the glyph (0 for an empty one). */
export function transformHmtx(hmtx: Uint8Array, numberOfHMetrics: number, xMins: readonly number[]): Uint8Array | undefined {
  const view = new DataView(hmtx.buffer, hmtx.byteOffset, hmtx.byteLength);
  const numGlyphs = xMins.length;
  const bearing = (glyph: number) => (glyph < numberOfHMetrics ? view.getInt16(4 * glyph + 2) : view.getInt16(4 * numberOfHMetrics + 2 * (glyph - numberOfHMetrics)));
  const derivable = (from: number, to: number) => {
    for (let glyph = from; glyph < to; glyph++) if (bearing(glyph) !== xMins[glyph]) return false;
    return true;
  };
  const dropProportional = derivable(0, numberOfHMetrics);
  const dropMonospaced = derivable(numberOfHMetrics, numGlyphs);
  if (!dropProportional && !dropMonospaced) return undefined;
  const out = new ByteWriter();
  out.uint8((dropProportional ? 1 : 0) | (dropMonospaced ? 2 : 0));
  for (let glyph = 0; glyph < numberOfHMetrics; glyph++) out.uint16(view.getUint16(4 * glyph));
  if (!dropProportional) for (let glyph = 0; glyph < numberOfHMetrics; glyph++) out.int16(bearing(glyph));
  if (!dropMonospaced) for (let glyph = numberOfHMetrics; glyph < numGlyphs; glyph++) out.int16(bearing(glyph));
  return out.finish();
}
