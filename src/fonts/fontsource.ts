import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { UserError } from '../errors.js';

/** Inclusive code point range, as in a CSS unicode-range `U+start-end`. */
export type UnicodeRange = readonly [start: number, end: number];

/** One woff2 file of a fontsource weight and the code points its @font-face claims. */
export interface FontChunk {
  file: string;
  unicodeRanges: readonly UnicodeRange[];
}

export interface FontsourceWeight {
  packageName: string;
  version: string;
  weight: number;
  /** In CSS order: chunks overlap, and the first one listed is the one we use. */
  chunks: readonly FontChunk[];
}

const require = createRequire(import.meta.url);
const loaded = new Map<string, FontsourceWeight>();

/** Reads `<packageName>/<weight>.css`, memoised: the package does not change while we run. */
export function loadFontsourceWeight(packageName: string, weight: number): FontsourceWeight {
  const memoKey = `${packageName}@${weight}`;
  let font = loaded.get(memoKey);
  if (!font) {
    font = readFontsourceWeight(packageName, weight);
    loaded.set(memoKey, font);
  }
  return font;
}

function readFontsourceWeight(packageName: string, weight: number): FontsourceWeight {
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${packageName}/package.json`);
  } catch {
    throw new UserError(`没有安装字体包 ${packageName}：请重新安装 notice-deck`);
  }
  const dir = dirname(manifestPath);
  const { version } = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
  const chunks = parseFontsourceCss(readFileSync(join(dir, `${weight}.css`), 'utf8'), dir);
  if (chunks.length === 0) throw new Error(`No woff2 @font-face found in ${packageName}/${weight}.css`);
  return { packageName, version, weight, chunks };
}

// fontsource generates every @font-face alike: `src: url(./files/X.woff2) format('woff2'), …; unicode-range: U+…;`
const fontFaceRule = /src:\s*url\(\.\/(files\/[^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g;

function parseFontsourceCss(css: string, packageDir: string): FontChunk[] {
  return [...css.matchAll(fontFaceRule)].map(([, file, ranges]) => ({ file: join(packageDir, file!), unicodeRanges: parseUnicodeRanges(ranges!) }));
}

/**
 * Parsed unicode-range values by their text. Every weight of both Noto SC packages is cut into
 * the same chunks (Google's slicing of CJK by usage), so a build parses each of the ~9000 items once, not three times.
 */
const parsedRanges = new Map<string, readonly UnicodeRange[]>();

function parseUnicodeRanges(text: string): readonly UnicodeRange[] {
  let ranges = parsedRanges.get(text);
  if (!ranges) {
    ranges = text.split(',').map(parseUnicodeRange);
    parsedRanges.set(text, ranges);
  }
  return ranges;
}

function parseUnicodeRange(text: string): UnicodeRange {
  const match = /^U\+([0-9a-f]+)(?:-([0-9a-f]+))?$/i.exec(text.trim());
  if (!match) throw new Error(`Unexpected unicode-range item: ${text}`);
  const start = parseInt(match[1]!, 16);
  return [start, match[2] ? parseInt(match[2], 16) : start];
}

/**
 * Sorts code points into the chunks that cover them, each group ascending; `uncovered` are those no
 * chunk claims. Walks the ranges rather than the code points: a weight has ~9000 ranges in ~100 chunks.
 */
export function groupByChunk(
  chunks: readonly FontChunk[],
  codePoints: Iterable<number>,
): { groups: Map<FontChunk, number[]>; uncovered: number[] } {
  const ascending = [...new Set(codePoints)].sort((a, b) => a - b);
  const unclaimed = new Set(ascending);
  const groups = new Map<FontChunk, number[]>();
  for (const chunk of chunks) {
    const group: number[] = [];
    for (const [start, end] of chunk.unicodeRanges) {
      for (let i = firstIndexAtLeast(ascending, start); i < ascending.length && ascending[i]! <= end; i++) {
        if (unclaimed.delete(ascending[i]!)) group.push(ascending[i]!);
      }
    }
    if (group.length > 0) groups.set(chunk, group.sort((a, b) => a - b));
  }
  return { groups, uncovered: [...unclaimed] };
}

/** Binary search in an ascending array; `sorted.length` if every element is smaller. */
function firstIndexAtLeast(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
