import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { embedFontsOnce } from './embed-once.js';

const cacheDir = await mkdtemp(join(tmpdir(), 'embed-once-'));
afterAll(() => rm(cacheDir, { recursive: true, force: true }));

describe('embedFontsOnce', () => {
  it('embeds a set of glyphs once, whatever order or repetition the text has them in', async () => {
    const first = await embedFontsOnce('通知第一', { cacheDir });
    expect(first.files.length).toBeGreaterThan(0);
    expect(await embedFontsOnce('一第知通\n通知', { cacheDir })).toBe(first);
  });

  it('embeds other glyphs anew, and forgets a set after a few others', async () => {
    const first = await embedFontsOnce('团支部', { cacheDir });
    const other = await embedFontsOnce('团支部A', { cacheDir });
    expect(other).not.toBe(first);
    expect(other.files.map((file) => file.unicodeRange)).not.toEqual(first.files.map((file) => file.unicodeRange));
    for (const text of ['甲', '乙', '丙', '丁']) await embedFontsOnce(text, { cacheDir });
    const again = await embedFontsOnce('团支部', { cacheDir });
    expect(again).not.toBe(first);
    expect(again).toEqual(first);
  });
});
