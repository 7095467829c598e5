import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'hastscript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckTextStyles } from './deck-text-styles.js';
import { cachedDeckFaceTexts } from './face-texts-cache.js';

// A spy that still does the real work, so the test can tell whether the stylesheet was evaluated.
vi.mock('./deck-text-styles.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./deck-text-styles.js')>();
  return { ...actual, deckTextStyles: vi.fn(actual.deckTextStyles) };
});

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'notice-deck-face-texts-'));
  vi.clearAllMocks();
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

const page = (text: string, tag = 'h1') => ({ type: 'root' as const, children: [h(tag, text)] });
const css = ['h1 { font-family: "Noto Serif SC" } p { font-family: "Noto Sans SC" }'];

describe('cachedDeckFaceTexts', () => {
  it('evaluates the stylesheet once per page structure and stylesheet, whatever the words', async () => {
    const first = await cachedDeckFaceTexts(page('标题'), css, '', cacheDir);
    expect([...first.values()]).toEqual(['', '', '标题']);
    expect(await cachedDeckFaceTexts(page('标题'), css, '', cacheDir)).toEqual(first);
    expect([...(await cachedDeckFaceTexts(page('新标题'), css, '', cacheDir)).values()]).toEqual(['', '', '新标题']);
    expect(deckTextStyles).toHaveBeenCalledTimes(1);

    expect([...(await cachedDeckFaceTexts(page('标题', 'p'), css, '', cacheDir)).values()]).toEqual(['标题', '', '']);
    expect([...(await cachedDeckFaceTexts(page('标题'), ['h1 { font-family: "Noto Sans SC" }'], '', cacheDir)).values()]).toEqual(['', '标题', '']);
    expect(deckTextStyles).toHaveBeenCalledTimes(3);
  });
});
