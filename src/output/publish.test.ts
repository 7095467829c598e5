import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFileName, readManifest } from './manifest.js';
import { publish } from './publish.js';

async function staging(files: Record<string, string>): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'publish-stage-'));
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), text);
  }
  return dir;
}

describe('publish', () => {
  it('copies the files in, lists them, and removes the ones of its kind an earlier run wrote', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'publish-out-')), 'out');
    const replaces = (file: string) => file.startsWith('assets/');
    await publish(out, { stagingDir: await staging({ 'index.html': 'one', 'assets/a.woff2': 'a' }), files: ['index.html', 'assets/a.woff2'], replaces });
    await publish(out, { stagingDir: await staging({ 'deck.pdf': 'pdf' }), files: ['deck.pdf'], replaces: () => false });
    await publish(out, { stagingDir: await staging({ 'index.html': 'two', 'assets/b.woff2': 'b' }), files: ['index.html', 'assets/b.woff2'], replaces });
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('two');
    expect(existsSync(path.join(out, 'assets/a.woff2'))).toBe(false);
    expect(existsSync(path.join(out, 'deck.pdf'))).toBe(true);
    expect((await readManifest(out))?.files).toEqual(['assets/b.woff2', 'deck.pdf', 'index.html']);
  });

  it('refuses a file it did not write, and a folder where a file goes, before writing anything', async () => {
    const out = await mkdtemp(path.join(os.tmpdir(), 'publish-out-'));
    await writeFile(path.join(out, manifestFileName), JSON.stringify({ generator: 'notice-deck', files: [] }));
    await writeFile(path.join(out, 'index.html'), 'mine');
    const stage = await staging({ 'a.txt': 'a', 'index.html': 'new' });
    await expect(publish(out, { stagingDir: stage, files: ['a.txt', 'index.html'], replaces: () => false })).rejects.toThrow(/index\.html：这个文件不是 notice-deck 生成的/);
    expect(existsSync(path.join(out, 'a.txt'))).toBe(false);
    await mkdir(path.join(out, 'a.txt'));
    await expect(publish(out, { stagingDir: stage, files: ['a.txt'], replaces: () => false })).rejects.toThrow(/a\.txt：这里是一个文件夹/);
    await publish(out, { stagingDir: stage, files: ['index.html'], replaces: () => false, force: true });
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('new');
  });

  it('publishes the files the run holds in memory without a copy in the staging folder', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'publish-out-')), 'out');
    const contents = new Map<string, string | Uint8Array>([['index.html', '页面'], ['assets/a.woff2', new Uint8Array([0, 1, 2, 3]).subarray(1, 3)]]);
    const stagingDir = await staging({ 'deck.pdf': 'pdf' });
    await publish(out, { stagingDir, files: ['index.html', 'assets/a.woff2', 'deck.pdf'], contents, replaces: () => false });
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('页面');
    expect([...(await readFile(path.join(out, 'assets/a.woff2')))]).toEqual([1, 2]);
    expect(await readFile(path.join(out, 'deck.pdf'), 'utf8')).toBe('pdf');
    expect(await readdir(stagingDir)).toEqual(['deck.pdf']);
  });

  it('leaves a file that already holds the same bytes as it is, and replaces one that differs', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'publish-out-')), 'out');
    const files = ['assets/same.woff2', 'index.html'];
    await publish(out, { stagingDir: await staging({ 'assets/same.woff2': 'font', 'index.html': 'one' }), files, replaces: () => false });
    const before = await Promise.all(files.map((file) => stat(path.join(out, file))));
    await publish(out, { stagingDir: await staging({ 'assets/same.woff2': 'font', 'index.html': 'two' }), files, replaces: () => false });
    const after = await Promise.all(files.map((file) => stat(path.join(out, file))));
    // A file renamed over its target is a new inode.
    expect(after[0]!.ino).toBe(before[0]!.ino);
    expect(after[1]!.ino).not.toBe(before[1]!.ino);
    expect(await readFile(path.join(out, 'index.html'), 'utf8')).toBe('two');
  });

  it('removes the temp files a killed run left, also beside files it leaves as they are', async () => {
    // What an earlier run left, and one killed while writing: written here, since this process sweeps a folder once.
    const out = await mkdtemp(path.join(os.tmpdir(), 'publish-out-'));
    await writeFile(path.join(out, manifestFileName), JSON.stringify({ generator: 'notice-deck', files: ['assets/a.woff2'] }));
    await mkdir(path.join(out, 'assets'));
    await writeFile(path.join(out, 'assets', 'a.woff2'), 'a');
    const gone = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    await writeFile(path.join(out, 'assets', `.a.woff2.tmp-${gone}-0123abcd`), '');
    const before = await stat(path.join(out, 'assets', 'a.woff2'));
    await publish(out, { stagingDir: await staging({ 'assets/a.woff2': 'a' }), files: ['assets/a.woff2'], replaces: () => false });
    expect(await readdir(path.join(out, 'assets'))).toEqual(['a.woff2']);
    expect((await stat(path.join(out, 'assets', 'a.woff2'))).ino).toBe(before.ino);
  });

  it('lets runs at the same time take turns, so the manifest keeps every file', async () => {
    const out = path.join(await mkdtemp(path.join(os.tmpdir(), 'publish-out-')), 'out');
    const names = Array.from({ length: 8 }, (_, i) => `f${i}.pdf`);
    await Promise.all(names.map(async (name) => publish(out, { stagingDir: await staging({ [name]: name }), files: [name], replaces: () => false })));
    expect((await readManifest(out))?.files).toEqual(names);
  });
});
