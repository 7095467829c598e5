/**
 * Embeds the deck's fonts in the deck: it must render offline on machines without any Chinese
 * font. A full Noto CJK face is megabytes, so only the glyphs the deck's text uses are kept,
 * subset chunk by chunk from the fontsource packages (HarfBuzz via subset-font, then our own WOFF2
 * encoder, woff2-encode.ts). Subsetting is slow (wasm, one at a time), so subsets are cached on disk by
 * their inputs: rebuilding an unchanged deck only reads files.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { mapConcurrently, parallelFiles } from '../map-concurrently.js';
import { isOwnFolder, userCacheDir } from '../user-cache.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { unicodeRangeCss } from './css.js';
import { deckFontFaces, type FontFace } from './faces.js';
import { groupByChunk, loadFontsourceWeight, type FontChunk, type FontsourceWeight } from './fontsource.js';
import { encodeWoff2 } from './woff2-encode.js';

/**
 * Part of the cache key: subsets cached by an earlier encoder (subset-font's wasm WOFF2) are valid
 * fonts but not the bytes this one writes, and file names follow the bytes.
 */
const woff2Encoder = 'woff2-encode.ts@1';

export interface EmbeddedFontFile {
  family: string;
  weight: number;
  /** CSS unicode-range value listing exactly the code points subset into `data`. */
  unicodeRange: string;
  /** Named by content, e.g. noto-sans-sc-400-3f2a9c1b.woff2, so browsers may cache it forever. */
  fileName: string;
  /** A woff2 font. */
  data: Uint8Array;
}

/**
 * The font cache: in the system temp folder, one per user, so that notice-deck writes nothing
 * outside its output folder and the temp folder (an installed package's own folder may not even be
 * writable). The system clearing it only costs one slower build.
 */
export function defaultFontCacheDir(): string {
  return userCacheDir('fonts');
}

/**
 * Subsets every deck face to the characters of `text`, one file per fontsource chunk used, cached
 * in `cacheDir` if only this user can write to it (see isOwnFolder).
 * `missing` are the characters no face has a chunk for; a fallback font will draw them.
 */
export async function embedFonts(
  text: string,
  options: { cacheDir: string },
): Promise<{ files: EmbeddedFontFile[]; missing: string[] }> {
  const codePoints = glyphCodePoints(text);
  const missing = new Set<number>();
  const jobs: SubsetJob[] = [];
  for (const face of deckFontFaces) {
    const font = loadFontsourceWeight(face.packageName, face.weight);
    const { groups, uncovered } = groupByChunk(font.chunks, codePoints.filter((codePoint) => !emoji.test(String.fromCodePoint(codePoint))));
    for (const codePoint of codePoints) if (emoji.test(String.fromCodePoint(codePoint))) missing.add(codePoint);
    for (const codePoint of uncovered) missing.add(codePoint);
    for (const [chunk, chunkCodePoints] of groups) jobs.push({ face, font, chunk, codePoints: chunkCodePoints });
  }
  await mkdir(options.cacheDir, { recursive: true, mode: 0o700 });
  // Subsets from a folder others can write to could be anyone's glyphs: then none are read or kept.
  const cacheDir = isOwnFolder(options.cacheDir) ? options.cacheDir : undefined;
  // A warm build only reads ~50 cached subsets. A cold one cuts them one at a time (HarfBuzz is
  // wasm on this thread), and the concurrency lets earlier ones compress meanwhile (Brotli runs in
  // libuv's thread pool) and overlaps file reads and writes.
  const files = await mapConcurrently(jobs, parallelFiles, (job) => embedChunk(job, cacheDir));
  return { files, missing: [...missing].sort((a, b) => a - b).map((codePoint) => String.fromCodePoint(codePoint)) };
}

interface SubsetJob {
  face: FontFace;
  font: FontsourceWeight;
  chunk: FontChunk;
  /** Ascending. */
  codePoints: number[];
}

async function embedChunk({ face, font, chunk, codePoints }: SubsetJob, cacheDir: string | undefined): Promise<EmbeddedFontFile> {
  const chars = String.fromCodePoint(...codePoints);
  const cacheKey = sha256([font.packageName, font.version, basename(chunk.file), font.weight, chars, woff2Encoder].join('\0'));
  const cachePath = cacheDir && join(cacheDir, `${cacheKey}.woff2`);
  let data = cachePath === undefined ? undefined : await readIfExists(cachePath);
  if (!data) {
    // Imported here, not at the top: loading it costs ~40 ms that warm builds never need.
    keepWasmUnoptimised();
    const { default: subsetFont } = await import('subset-font');
    data = await encodeWoff2(await subsetFont(await readFile(chunk.file), chars, { targetFormat: 'sfnt' }));
    if (cachePath) await writeFileAtomic(cachePath, data);
  }
  return {
    family: face.family,
    weight: face.weight,
    unicodeRange: unicodeRangeCss(codePoints),
    fileName: `${basename(face.packageName)}-${face.weight}-${sha256(data).slice(0, 8)}.woff2`,
    data,
  };
}

/**
 * A cold build runs HarfBuzz and wawoff2's decoder (wasm, via subset-font) some 50 times on small
 * inputs. On the way V8 recompiles their hot functions with its optimising compiler, which costs
 * more CPU than the faster code saves in one build: a cold sample build took 2.2 s of CPU with it
 * and 1.6 s without (medians of 5, measured while others ran). The tiering budget is how much a
 * wasm function runs before it is optimised (V8's default 1.8 million); this one is never reached.
 * A V8 flag holds for the whole process, and must be set before the modules compile; wasm
 * compiled later (none in notice-deck today) would just stay unoptimised too.
 */
function keepWasmUnoptimised(): void {
  setFlagsFromString('--wasm-tiering-budget=1000000000');
}

// Line breaks, tabs and invisible format characters draw nothing. Spaces are kept: the font sets
// their width, and the full-width space U+3000 that indents Chinese text is one em in Noto.
const drawsNothing = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Mn}]/u;
// Emoji and the letters of flags: the Noto faces have no colour glyphs for them (their chunks may
// still claim the code points), so they are left to the system's emoji font, never embedded.
const emoji = /[\p{Emoji_Presentation}\p{Regional_Indicator}]/u;

/** The distinct code points of `text` that need a glyph, ascending. */
export function glyphCodePoints(text: string): number[] {
  const codePoints = new Set<number>();
  for (const char of text) if (!drawsNothing.test(char)) codePoints.add(char.codePointAt(0)!);
  return [...codePoints].sort((a, b) => a - b);
}

async function readIfExists(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
