import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { collectMedia } from './media.js';

describe('collectMedia', () => {
  it('points pictures at copies in media/ and leaves data: and web addresses alone', async () => {
    const deck = await mkdtemp(path.join(os.tmpdir(), 'media-'));
    await writeFile(path.join(deck, 'logo.png'), 'png');
    const tree = { type: 'root' as const, children: [h('img', { src: 'logo.png' }), h('img', { src: 'data:image/png;base64,AA' })] };
    expect(collectMedia(tree, deck, 'notice.md')).toEqual([{ source: path.join(deck, 'logo.png'), target: 'media/logo.png' }]);
    expect(tree.children.map((node) => node.properties.src)).toEqual(['media/logo.png', 'data:image/png;base64,AA']);
  });

  it('refuses a missing picture and one outside the deck folder', async () => {
    const deck = await mkdtemp(path.join(os.tmpdir(), 'media-'));
    expect(() => collectMedia({ type: 'root', children: [h('img', { src: 'gone.png' })] }, deck, 'notice.md')).toThrow('notice.md：在幻灯片文件夹里找不到图片“gone.png”');
    expect(() => collectMedia({ type: 'root', children: [h('img', { src: '../etc/passwd' })] }, deck, 'notice.md')).toThrow(/在幻灯片文件夹里找不到图片/);
  });
});
