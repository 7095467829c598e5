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
});
