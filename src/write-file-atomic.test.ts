import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from './write-file-atomic.js';

describe('writeFileAtomic', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'atomic-write-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('creates missing directories and leaves only the target behind', async () => {
    const file = path.join(dir, 'a', 'b', 'deck.html');
    await writeFileAtomic(file, '<p>hi</p>');
    expect(await readFile(file, 'utf8')).toBe('<p>hi</p>');
    expect(await readdir(path.dirname(file))).toEqual(['deck.html']);
  });

  it('replaces an existing file', async () => {
    const file = path.join(dir, 'deck.pdf');
    await writeFile(file, 'old');
    await writeFileAtomic(file, new Uint8Array([1, 2, 3]));
    expect([...(await readFile(file))]).toEqual([1, 2, 3]);
  });

  it('removes its temp file when the rename fails', async () => {
    const target = path.join(dir, 'taken');
    await mkdir(path.join(target, 'child'), { recursive: true });
    await expect(writeFileAtomic(target, 'data')).rejects.toThrow();
    expect(await readdir(dir)).toEqual(['taken']);
  });

  it('removes the temp files a killed run left in the folder it writes into', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const fonts = path.join(dir, 'assets', 'fonts');
    await mkdir(fonts, { recursive: true });
    await writeFile(path.join(fonts, `.noto-1.woff2.tmp-${deadPid}-0123abcd`), '');
    await writeFileAtomic(path.join(fonts, 'noto-2.woff2'), 'font');
    expect(await readdir(fonts)).toEqual(['noto-2.woff2']);
  });
});
