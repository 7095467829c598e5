import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckFontFaces } from './faces.js';
import { defaultFontCacheDir, embedFonts, type EmbeddedFontFile } from './subset.js';

// Spies that still do the real work, so a test can tell which files were read and whether fonts were subset.
vi.mock('subset-font', async (importOriginal) => {
  const actual = await importOriginal<typeof import('subset-font')>();
  return { default: vi.fn(actual.default) };
});
vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

// Typical of a notice: CJK, full-width punctuation, ASCII, a full-width space, and a line break.
const sample = '中青发〔2016〕9号\n关于“两学一做”：各省、区；（一）ABC xyz　…';
const sampleCodePoints = [...new Set(sample.replace('\n', ''))].map((char) => char.codePointAt(0)!);

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'notice-deck-fonts-'));
  vi.clearAllMocks();
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

function expandUnicodeRange(value: string): number[] {
  return value.split(',').flatMap((item) => {
    const [start, end = start] = item.slice(2).split('-').map((hex) => parseInt(hex, 16));
    return Array.from({ length: end! - start! + 1 }, (_, i) => start! + i);
  });
}

async function cmapOf(woff2: Uint8Array): Promise<number[]> {
  const sfnt = await convert(Buffer.from(woff2), 'sfnt');
  return [...new Face(new Blob(sfnt)).collectUnicodes()];
}

const sorted = (codePoints: Iterable<number>) => [...codePoints].sort((a, b) => a - b);

const everyFace = (text: string) => () => text;

describe('embedFonts', () => {
  it('subsets every deck face to exactly the characters of its text', async () => {
    const { files, missing } = await embedFonts(everyFace(sample), { cacheDir });
    expect(missing).toEqual([]);
    for (const face of deckFontFaces) {
      const faceFiles = files.filter((file) => file.family === face.family && file.weight === face.weight);
      const covered = faceFiles.flatMap((file) => expandUnicodeRange(file.unicodeRange));
      expect(sorted(covered)).toEqual(sorted(sampleCodePoints));
    }
    // Chunks of more than eight of its characters are woff2, the few-character ones plain TrueType.
    expect(new Set(files.map((file) => file.format))).toEqual(new Set(['woff2', 'ttf']));
    for (const file of files) {
      expect(Buffer.from(file.data.subarray(0, 4)).toString('latin1')).toBe(file.format === 'woff2' ? 'wOF2' : '\0\x01\0\0');
      expect(file.fileName).toMatch(new RegExp(`^noto-(sans|serif)-sc-(400|700)-[0-9a-f]{8}\\.${file.format}$`));
      // The real glyph check: the font has a glyph for every code point its @font-face claims, and no more.
      expect(sorted(await cmapOf(file.data))).toEqual(expandUnicodeRange(file.unicodeRange));
    }
  });

  it('gives each face only its own text', async () => {
    const [sans400, sans700, serif700] = deckFontFaces;
    const textOf = new Map([
      [sans400, '正文'],
      [sans700, '重点'],
      [serif700, ''],
    ]);
    const { files } = await embedFonts((face) => textOf.get(face)!, { cacheDir });
    const codePointsOf = (face: (typeof deckFontFaces)[number]) =>
      sorted(files.filter((file) => file.family === face!.family && file.weight === face!.weight).flatMap((file) => expandUnicodeRange(file.unicodeRange)));
    expect(codePointsOf(sans400)).toEqual(sorted([...'正文'].map((char) => char.codePointAt(0)!)));
    expect(codePointsOf(sans700)).toEqual(sorted([...'重点'].map((char) => char.codePointAt(0)!)));
    expect(codePointsOf(serif700)).toEqual([]);
  });

  it('reports characters no chunk covers, and ignores line breaks and controls', async () => {
    const { files, missing } = await embedFonts(everyFace('中\u{1f600}\u{e000}\n\t\u200d\r'), { cacheDir });
    expect(missing).toEqual(['\u{e000}', '\u{1f600}']);
    expect(files.map((file) => file.unicodeRange)).toEqual(['U+4e2d', 'U+4e2d', 'U+4e2d']);
  });

  it('serves a repeated build from the cache without subsetting or reading font chunks', async () => {
    const cold = await embedFonts(everyFace(sample), { cacheDir });
    expect(subsetFont).toHaveBeenCalledTimes(cold.files.length);
    vi.clearAllMocks();

    const warm = await embedFonts(everyFace(sample), { cacheDir });
    expect(subsetFont).not.toHaveBeenCalled();
    const readPaths = vi.mocked(readFile).mock.calls.map(([path]) => String(path));
    expect(readPaths).toHaveLength(cold.files.length);
    expect(readPaths.every((path) => path.startsWith(cacheDir))).toBe(true);
    expect(warm).toEqual(cold);
  });

  it('subsets only a new character, as a small extra unit of its face, and keeps the cached unit', async () => {
    const [sans400, ...others] = deckFontFaces;
    // 中 and A–M share one chunk of each face (N does not).
    const cold = await embedFonts(everyFace('中ABCDEFGHIJ'), { cacheDir });
    expect(cold.files.map((file) => file.format)).toEqual(['woff2', 'woff2', 'woff2']);
    vi.clearAllMocks();

    const edited = await embedFonts((face) => (face === sans400 ? '中ABCDEFGHIJK' : '中ABCDEFGHIJ'), { cacheDir });
    expect(vi.mocked(subsetFont).mock.calls.map(([, text, options]) => [text, options.targetFormat])).toEqual([['K', 'sfnt']]);
    // The other faces, and the first unit of the edited one, are the very files of before.
    expect(edited.files.filter((file) => file.format === 'woff2')).toEqual(cold.files);
    const added = edited.files.filter((file) => file.format === 'ttf');
    expect(added.map((file) => [file.family, file.weight, file.unicodeRange])).toEqual([[sans400!.family, sans400!.weight, 'U+4b']]);
    expect(added[0]!.fileName).toMatch(/^noto-sans-sc-400-[0-9a-f]{8}\.ttf$/);
    expect(await cmapOf(added[0]!.data)).toEqual([0x4b]);
    expect(others).toHaveLength(2);
  });

  it('reuses a unit that holds a few characters the face no longer draws', async () => {
    const cold = await embedFonts(everyFace('中ABCDEFGHIJ'), { cacheDir });
    vi.clearAllMocks();
    expect(await embedFonts(everyFace('中ABCDEFGH'), { cacheDir })).toEqual(cold);
    expect(subsetFont).not.toHaveBeenCalled();
  });

  it('keeps at most four files per chunk, and subsets the chunk whole again when more than eight characters are new', async () => {
    for (const text of ['中', '中A', '中AB', '中ABC', '中ABCD']) {
      const { files } = await embedFonts(everyFace(text), { cacheDir });
      expect(files.length).toBeLessThanOrEqual(3 * 4);
      expect(sorted(files.flatMap((file) => expandUnicodeRange(file.unicodeRange)))).toEqual(sorted([...text.repeat(3)].map((char) => char.codePointAt(0)!)));
    }
    vi.clearAllMocks();
    const { files } = await embedFonts(everyFace('中ABCDEFGHIJKLM'), { cacheDir });
    expect(vi.mocked(subsetFont).mock.calls.map(([, text, options]) => [text, options.targetFormat])).toEqual(Array(3).fill(['ABCDEFGHIJKLM中', 'woff2']));
    expect(files.map((file) => file.unicodeRange)).toEqual(Array(3).fill('U+41-4d,U+4e2d'));
  });

  it('leaves one complete entry per subset when builds race', async () => {
    const builds = await Promise.all([embedFonts(everyFace(sample), { cacheDir }), embedFonts(everyFace(sample), { cacheDir })]);
    expect(builds[1]).toEqual(builds[0]);
    const entries = await readdir(cacheDir, { recursive: true });
    expect(entries.filter((name) => /\.(woff2|ttf)$/.test(name))).toHaveLength(builds[0].files.length);
    expect(entries.filter((name) => name.endsWith('.chars'))).toHaveLength(builds[0].files.length);
    expect(entries.filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('names files by content', async () => {
    const fileNames = async (text: string) => (await embedFonts(everyFace(text), { cacheDir })).files.map((file: EmbeddedFontFile) => file.fileName);
    const one = await fileNames('中');
    expect(await fileNames('中中')).toEqual(one);
    expect(new Set(one).size).toBe(3);
  });
});

describe('defaultFontCacheDir', () => {
  it('is in the system temp folder, one per user', () => {
    expect(defaultFontCacheDir()).toBe(join(tmpdir(), `notice-deck-cache-${userInfo().uid}`, 'fonts'));
  });
});
