import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { zipFolder } from './zip-folder.js';

describe('zipFolder', () => {
  it('packs every file under one folder name, byte for byte', async () => {
    const work = await mkdtemp(path.join(os.tmpdir(), 'zip-'));
    await mkdir(path.join(work, 'deck', 'assets'), { recursive: true });
    await writeFile(path.join(work, 'deck', 'index.html'), '<p>学习</p>');
    await writeFile(path.join(work, 'deck', 'assets', 'a.woff2'), Buffer.from([1, 2, 3]));
    await zipFolder(path.join(work, 'deck'), path.join(work, '通知-一班.zip'), '通知-一班');
    const entries = unzipSync(await readFile(path.join(work, '通知-一班.zip')));
    expect(Object.keys(entries).sort()).toEqual(['通知-一班/assets/a.woff2', '通知-一班/index.html']);
    expect(new TextDecoder().decode(entries['通知-一班/index.html'])).toBe('<p>学习</p>');
    expect([...entries['通知-一班/assets/a.woff2']!]).toEqual([1, 2, 3]);
  });
});
