import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'hastscript';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deckFaceTexts } from './face-texts.js';
import { cachedDeckFaceTexts } from './face-texts-cache.js';

// A spy that still does the real work, so the test can tell whether the stylesheet was evaluated.
vi.mock('./face-texts.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./face-texts.js')>();
  return { ...actual, deckFaceTexts: vi.fn(actual.deckFaceTexts) };
});

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(join(tmpdir(), 'notice-deck-face-texts-'));
  vi.clearAllMocks();
});
afterEach(() => rm(cacheDir, { recursive: true, force: true }));

const page = (text: string) => ({ tree: { type: 'root' as const, children: [h('h1', text)] }, html: `<h1>${text}</h1>` });
const css = ['h1 { font-family: "Noto Serif SC" }'];

describe('cachedDeckFaceTexts', () => {
  it('evaluates the stylesheet once per page and stylesheet', async () => {
    const first = await cachedDeckFaceTexts(page('标题'), css, '', cacheDir);
    expect(await cachedDeckFaceTexts(page('标题'), css, '', cacheDir)).toEqual(first);
    expect(deckFaceTexts).toHaveBeenCalledTimes(1);
    expect([...first.values()]).toEqual(['', '', '标题']);

    await cachedDeckFaceTexts(page('新标题'), css, '', cacheDir);
    await cachedDeckFaceTexts(page('标题'), ['h1 { font-family: "Noto Sans SC" }'], '', cacheDir);
    expect(deckFaceTexts).toHaveBeenCalledTimes(3);
  });
});
