import { mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFileName, manifestText, readManifest } from './manifest.js';

describe('the manifest', () => {
  it('reads back what was written, sorted and without duplicates', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'manifest-'));
    await writeFile(path.join(dir, manifestFileName), manifestText({ files: ['b.pdf', 'a/x.css', 'b.pdf'] }));
    expect(await readManifest(dir)).toEqual({ files: ['a/x.css', 'b.pdf'] });
  });

  it('is absent in a folder notice-deck did not write, and refused when broken', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'manifest-'));
    expect(await readManifest(dir)).toBeUndefined();
    await writeFile(path.join(dir, manifestFileName), '{"files": []}');
    await expect(readManifest(dir)).rejects.toThrow('notice-deck 的记录文件坏了');
  });

  it('never leads out of its folder', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'manifest-'));
    await writeFile(path.join(dir, manifestFileName), JSON.stringify({ generator: 'notice-deck', files: ['../../etc/passwd', '/etc/passwd', 'ok.pdf'] }));
    expect(await readManifest(dir)).toEqual({ files: ['ok.pdf'] });
  });
});
