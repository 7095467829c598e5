import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseTemplates } from './template-cache.js';

const texts = ['<section class="a">\n  <slot name="title" required></slot>\n</section>\n', '<section><h2>&amp; <slot name="body"></slot></h2></section>'];

let cacheDir: string;
beforeEach(async () => {
  cacheDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-template-cache-'));
});
afterEach(async () => {
  await rm(cacheDir, { recursive: true, force: true });
});

describe('parseTemplates', () => {
  it('gives the trees fromHtml gives, parsed or read back from the cache', async () => {
    const parsed = texts.map((text) => fromHtml(text, { fragment: true }));
    expect(await parseTemplates(texts)).toEqual(parsed);
    expect(await parseTemplates(texts, cacheDir)).toEqual(parsed);
    expect(await readdir(cacheDir)).toHaveLength(1);
    expect(await parseTemplates(texts, cacheDir)).toEqual(parsed);
  });

  it('reads a later run’s trees from the cache, and parses other texts anew', async () => {
    await parseTemplates(texts, cacheDir);
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file!), JSON.stringify([{ type: 'root', children: [] }, { type: 'root', children: [] }]));
    expect(await parseTemplates(texts, cacheDir)).toEqual([{ type: 'root', children: [] }, { type: 'root', children: [] }]);
    const changed = [texts[0]!, '<section></section>'];
    expect(await parseTemplates(changed, cacheDir)).toEqual(changed.map((text) => fromHtml(text, { fragment: true })));
  });

  it.skipIf(process.platform === 'win32')('parses anew where others could have written the cache', async () => {
    await parseTemplates(texts, cacheDir);
    const [file] = await readdir(cacheDir);
    await writeFile(path.join(cacheDir, file!), JSON.stringify([{ type: 'root', children: [] }, { type: 'root', children: [] }]));
    await chmod(cacheDir, 0o777);
    expect(await parseTemplates(texts, cacheDir)).toEqual(texts.map((text) => fromHtml(text, { fragment: true })));
  });

  it.skipIf(process.platform === 'win32')('makes its folder the user’s alone, so that a umask of 002 (usual for users on Ubuntu) does not stop it being read', async () => {
    const folder = path.join(cacheDir, 'layouts');
    const umask = process.umask(0o002);
    try {
      await parseTemplates(texts, folder);
    } finally {
      process.umask(umask);
    }
    expect((await stat(folder)).mode & 0o777).toBe(0o700);
  });
});
