/**
 * Embeds the deck's fonts in the deck: it must render offline on machines without any Chinese
 * font. A full Noto CJK face is megabytes, so only the glyphs each face draws are kept, subset
 * chunk by chunk from the fontsource packages.
 *
 * Subsetting is slow, almost all of it in the brotli encoder of woff2 (~0.1–0.4 s a chunk), so
 * subsets are cached on disk as units: a unit is one chunk of one face subset to one set of
 * characters. A face's characters in a chunk are drawn by the cached units whose sets fit inside
 * them, largest first, and only the characters left over are subset anew: one new character, or a
 * branch's name and place, costs a small extra unit instead of the whole chunk again. Leftover
 * units stay plain TrueType: they hold a few glyphs, where woff2's encoder costs ~70 ms each (and
 * woff's zlib in JavaScript ~15 ms) to save about a kilobyte.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { basename, join } from 'node:path';
import { writeFileAtomic } from '../write-file-atomic.js';
import { unicodeRangeCss } from './css.js';
import { deckFontFaces, type FontFace } from './faces.js';
import { groupByChunk, loadFontsourceWeight, type FontChunk, type FontsourceWeight } from './fontsource.js';

/** How a unit is stored: its file extension. */
export type FontFormat = 'woff2' | 'ttf';

export interface EmbeddedFontFile {
  family: string;
  weight: number;
  /** CSS unicode-range value listing exactly the code points subset into `data`. */
  unicodeRange: string;
  /** Named by content, e.g. noto-sans-sc-400-3f2a9c1b.woff2, so browsers may cache it forever. */
  fileName: string;
  format: FontFormat;
  data: Uint8Array;
}

/**
 * The font cache: in the system temp folder, one per user, so that notice-deck writes nothing
 * outside its output folder and the temp folder (an installed package's own folder may not even be
 * writable). The system clearing it only costs one slower build.
 */
export function defaultFontCacheDir(): string {
  return join(tmpdir(), `notice-deck-cache-${userInfo().uid}`, 'fonts');
}

/**
 * Subsets every deck face to the characters `textOf(face)` gives it: at least one file per
 * fontsource chunk used. `missing` are the characters no face has a chunk for; a fallback font
 * will draw them.
 */
export async function embedFonts(
  textOf: (face: FontFace) => string,
  options: { cacheDir: string },
): Promise<{ files: EmbeddedFontFile[]; missing: string[] }> {
  const missing = new Set<number>();
  const jobs: ChunkJob[] = [];
  for (const face of deckFontFaces) {
    const codePoints = glyphCodePoints(textOf(face));
    const font = loadFontsourceWeight(face.packageName, face.weight);
    const { groups, uncovered } = groupByChunk(font.chunks, codePoints.filter((codePoint) => !emoji.test(String.fromCodePoint(codePoint))));
    for (const codePoint of codePoints) if (emoji.test(String.fromCodePoint(codePoint))) missing.add(codePoint);
    for (const codePoint of uncovered) missing.add(codePoint);
    for (const [chunk, chunkCodePoints] of groups) jobs.push({ face, font, chunk, codePoints: chunkCodePoints });
  }
  // Subsetting runs one at a time anyway; concurrency overlaps it with file reads and writes.
  const files = await mapConcurrently(jobs, 4, (job) => embedChunk(job, options.cacheDir));
  return { files: files.flat(), missing: [...missing].sort((a, b) => a - b).map((codePoint) => String.fromCodePoint(codePoint)) };
}

interface ChunkJob {
  face: FontFace;
  font: FontsourceWeight;
  chunk: FontChunk;
  /** Ascending. */
  codePoints: number[];
}

/** A cached subset: `<key>.<format>` holds the font, `<key>.chars` its characters, written after it. */
interface Unit {
  key: string;
  format: FontFormat;
  codePoints: number[];
}

/** At most this many files for one chunk of a face, so that edits do not pile up small files. */
const maxUnitsPerChunk = 4;
/** Characters a reused unit may hold that the face does not draw now. */
const maxUnused = 4;
/** A larger leftover is subset with the rest of its chunk into one woff2 (plain TrueType costs ~0.4 KB a glyph, woff2 ~0.15); a smaller one, a chunk's first few characters included, stays TrueType. */
const maxLeftover = 8;

async function embedChunk(job: ChunkJob, cacheDir: string): Promise<EmbeddedFontFile[]> {
  const dir = join(cacheDir, `${basename(job.font.packageName)}-${job.font.version}`, basename(job.chunk.file, '.woff2'));
  const exact = await cachedUnit(dir, job.codePoints);
  if (exact) return [await embeddedFile(job.face, dir, exact)];
  const units = await coverFromCache(dir, job.codePoints);
  const covered = new Set(units.flatMap((unit) => unit.codePoints));
  const leftover = job.codePoints.filter((codePoint) => !covered.has(codePoint));
  const made =
    leftover.length > maxLeftover
      ? [await makeUnit(dir, job.chunk, job.codePoints, 'woff2')]
      : [...units, ...(leftover.length > 0 ? [await makeUnit(dir, job.chunk, leftover, 'ttf')] : [])];
  return Promise.all(made.map((unit) => embeddedFile(job.face, dir, unit)));
}

async function embeddedFile(face: FontFace, dir: string, unit: Unit): Promise<EmbeddedFontFile> {
  const data = await readFile(join(dir, `${unit.key}.${unit.format}`));
  return {
    family: face.family,
    weight: face.weight,
    unicodeRange: unicodeRangeCss(unit.codePoints),
    fileName: `${basename(face.packageName)}-${face.weight}-${sha256(data).slice(0, 8)}.${unit.format}`,
    format: unit.format,
    data,
  };
}

/** The cached unit of exactly `codePoints`, if there is one. */
async function cachedUnit(dir: string, codePoints: number[]): Promise<Unit | undefined> {
  const key = setKey(codePoints);
  if (!(await exists(join(dir, `${key}.chars`)))) return undefined;
  return { key, format: (await exists(join(dir, `${key}.woff2`))) ? 'woff2' : 'ttf', codePoints };
}

/**
 * Cached units that together draw part of `wanted` without overlapping, chosen greedily, the
 * largest first; at most `maxUnitsPerChunk - 1`, which leaves room for the leftover unit. A unit
 * may hold up to `maxUnused` characters the face no longer draws (a branch's deck drops a few of
 * the notice's): a few glyphs too many cost less than subsetting the chunk again.
 */
async function coverFromCache(dir: string, wanted: readonly number[]): Promise<Unit[]> {
  const wantedSet = new Set(wanted);
  const covered = new Set<number>();
  const chosen: Unit[] = [];
  const usefulSize = (unit: Unit) => unit.codePoints.filter((codePoint) => wantedSet.has(codePoint)).length;
  for (const unit of (await readUnits(dir)).sort((a, b) => usefulSize(b) - usefulSize(a))) {
    if (chosen.length === maxUnitsPerChunk - 1) break;
    if (unit.codePoints.some((codePoint) => covered.has(codePoint))) continue;
    if (unit.codePoints.filter((codePoint) => !wantedSet.has(codePoint)).length > maxUnused || usefulSize(unit) === 0) continue;
    chosen.push(unit);
    for (const codePoint of unit.codePoints) covered.add(codePoint);
  }
  return chosen;
}

async function readUnits(dir: string): Promise<Unit[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  const formats = new Map(names.map((name) => /^([0-9a-f]{32})\.(woff2|ttf)$/.exec(name)).flatMap((match) => (match ? [[match[1]!, match[2] as FontFormat] as const] : [])));
  return Promise.all(
    [...formats].map(async ([key, format]) => {
      const chars = await readIfExists(join(dir, `${key}.chars`));
      return chars ? [{ key, format, codePoints: [...chars.toString('utf8')].map((char) => char.codePointAt(0)!) }] : [];
    }),
  ).then((units) => units.flat());
}

async function makeUnit(dir: string, chunk: FontChunk, codePoints: number[], format: FontFormat): Promise<Unit> {
  const key = setKey(codePoints);
  // Imported here, not at the top: loading it costs ~40 ms that warm builds never need.
  const { default: subsetFont } = await import('subset-font');
  const data = await subsetFont(await decodedChunk(dir, chunk), String.fromCodePoint(...codePoints), { targetFormat: format === 'ttf' ? 'sfnt' : format });
  await writeFileAtomic(join(dir, `${key}.${format}`), data);
  await writeFileAtomic(join(dir, `${key}.chars`), String.fromCodePoint(...codePoints));
  return { key, format, codePoints };
}

/** The chunk as a plain TrueType font, cached beside its units: decoding woff2 again for every leftover unit would cost more than subsetting. */
async function decodedChunk(dir: string, chunk: FontChunk): Promise<Buffer> {
  const path = join(dir, 'chunk.sfnt');
  const cached = await readIfExists(path);
  if (cached) return cached;
  const { convert } = await import('fontverter');
  const sfnt = await convert(await readFile(chunk.file), 'sfnt');
  await writeFileAtomic(path, sfnt);
  return sfnt;
}

/** Names a set of code points (ascending) in the cache. */
function setKey(codePoints: readonly number[]): string {
  return sha256(String.fromCodePoint(...codePoints)).slice(0, 32);
}

// Line breaks, tabs and invisible format characters draw nothing. Spaces are kept: the font sets
// their width, and the full-width space U+3000 that indents Chinese text is one em in Noto.
const drawsNothing = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Mn}]/u;
// Emoji and the letters of flags: the Noto faces have no colour glyphs for them (their chunks may
// still claim the code points), so they are left to the system's emoji font, never embedded.
const emoji = /[\p{Emoji_Presentation}\p{Regional_Indicator}]/u;

/** The distinct code points of `text` that need a glyph, ascending. */
function glyphCodePoints(text: string): number[] {
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

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  })) !== undefined;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** `Promise.all(items.map(fn))`, but with at most `limit` calls of `fn` running at once. */
async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
