import { chmod, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { convert } from 'fontverter';
import { Blob, Face } from 'harfbuzzjs';
import subsetFont from 'subset-font';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'puppeteer';
import { testBrowser } from '../../tests/support/browser.js';
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

describe('embedFonts', () => {
  it('subsets every deck face to exactly the characters of the text', async () => {
    const { files, missing } = await embedFonts(sample, { cacheDir });
    expect(missing).toEqual([]);
    for (const face of deckFontFaces) {
      const faceFiles = files.filter((file) => file.family === face.family && file.weight === face.weight);
      const covered = faceFiles.flatMap((file) => expandUnicodeRange(file.unicodeRange));
      expect(sorted(covered)).toEqual(sorted(sampleCodePoints));
    }
    for (const file of files) {
      expect(Buffer.from(file.data.subarray(0, 4)).toString('latin1')).toBe('wOF2');
      expect(file.fileName).toMatch(/^noto-(sans|serif)-sc-(400|700)-[0-9a-f]{8}\.woff2$/);
      // The real glyph check: the font has a glyph for every code point its @font-face claims, and no more.
      expect(sorted(await cmapOf(file.data))).toEqual(expandUnicodeRange(file.unicodeRange));
    }
  });

  it('reports characters no chunk covers, and ignores line breaks and controls', async () => {
    const { files, missing } = await embedFonts('中\u{1f600}\u{e000}\n\t\u200d\r', { cacheDir });
    expect(missing).toEqual(['\u{e000}', '\u{1f600}']);
    expect(files.map((file) => file.unicodeRange)).toEqual(['U+4e2d', 'U+4e2d', 'U+4e2d']);
  });

  it('serves a repeated build from the cache without reading or subsetting font chunks', async () => {
    const cold = await embedFonts(sample, { cacheDir });
    expect(subsetFont).toHaveBeenCalledTimes(cold.files.length);
    const entries = await readdir(cacheDir);
    expect(entries).toHaveLength(cold.files.length);
    expect(entries.every((name) => /^[0-9a-f]{64}\.woff2$/.test(name))).toBe(true);
    const mtimes = await Promise.all(entries.map(async (name) => (await stat(join(cacheDir, name))).mtimeMs));
    vi.clearAllMocks();

    const warm = await embedFonts(sample, { cacheDir });
    expect(subsetFont).not.toHaveBeenCalled();
    const readPaths = vi.mocked(readFile).mock.calls.map(([path]) => String(path));
    expect(readPaths).toHaveLength(entries.length);
    expect(readPaths.every((path) => path.startsWith(cacheDir))).toBe(true);
    expect(await Promise.all(entries.map(async (name) => (await stat(join(cacheDir, name))).mtimeMs))).toEqual(mtimes);
    expect(warm).toEqual(cold);
  });

  it.skipIf(process.platform === 'win32')('neither reads nor keeps subsets in a cache folder others can write to', async () => {
    const made = await embedFonts(sample, { cacheDir });
    const entries = await readdir(cacheDir);
    const planted = new Uint8Array([1, 2, 3]);
    for (const name of entries) await writeFile(join(cacheDir, name), planted);
    await chmod(cacheDir, 0o777);

    expect(await embedFonts(sample, { cacheDir })).toEqual(made);
    expect(await readdir(cacheDir)).toEqual(entries);
    for (const name of entries) expect(new Uint8Array(await readFile(join(cacheDir, name)))).toEqual(planted);
  });

  it('leaves one complete entry per subset when builds race', async () => {
    const builds = await Promise.all([embedFonts(sample, { cacheDir }), embedFonts(sample, { cacheDir })]);
    expect(builds[1]).toEqual(builds[0]);
    expect(await readdir(cacheDir)).toHaveLength(builds[0].files.length);
  });

  it('names files by content', async () => {
    const fileNames = async (text: string) => (await embedFonts(text, { cacheDir })).files.map(nameOf);
    const nameOf = (file: EmbeddedFontFile) => file.fileName;
    const one = await fileNames('中');
    expect(await fileNames('中中')).toEqual(one);
    // 中 and A share a chunk, so each face still has one file, but with other glyphs.
    const two = await fileNames('A中');
    expect(two).toHaveLength(3);
    expect(new Set([...one, ...two]).size).toBe(6);
  });
});

describe('embedFonts in Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await testBrowser();
  });
  afterAll(() => browser.disconnect());

  it('makes fonts Chromium loads: its sanitiser (OTS) rejects none', async () => {
    const { files } = await embedFonts(sample, { cacheDir });
    const page = await browser.newPage();
    const messages: string[] = [];
    page.on('console', (message) => messages.push(message.text()));
    try {
      const statuses = await page.evaluate(
        (fonts) =>
          Promise.all(
            fonts.map(async ({ family, base64 }) => {
              const face = new FontFace(family, Uint8Array.from(atob(base64), (char) => char.charCodeAt(0)));
              await face.load().catch(() => undefined);
              return face.status;
            }),
          ),
        files.map((file) => ({ family: file.fileName, base64: Buffer.from(file.data).toString('base64') })),
      );
      expect(statuses).toEqual(files.map(() => 'loaded'));
      expect(messages).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

describe('defaultFontCacheDir', () => {
  it('is in the system temp folder, one per user', () => {
    expect(defaultFontCacheDir()).toBe(join(tmpdir(), `notice-deck-cache-${userInfo().uid}`, 'fonts'));
  });
});
