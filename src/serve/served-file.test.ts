import { mkdir, mkdtemp, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { servedFile } from './served-file.js';

let tmp: string;
let root: string;

beforeAll(async () => {
  tmp = await realpath(await mkdtemp(path.join(os.tmpdir(), 'served-file-')));
  root = path.join(tmp, 'deck');
  await mkdir(path.join(root, 'assets'), { recursive: true });
  await writeFile(path.join(root, 'index.html'), 'deck');
  await writeFile(path.join(root, 'assets', 'deck.css'), 'css');
  await writeFile(path.join(root, 'assets', '名 字.css'), 'css');
  await writeFile(path.join(tmp, 'secret.txt'), 'secret');
  await symlink(path.join(tmp, 'secret.txt'), path.join(root, 'link-out.txt'));
  await symlink(tmp, path.join(root, 'dir-out'));
  await symlink(path.join(root, 'assets', 'deck.css'), path.join(root, 'link-in.css'));
});

afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('servedFile', () => {
  it('finds files of the deck, a folder meaning its index.html', async () => {
    expect(await servedFile(root, '/')).toBe(path.join(root, 'index.html'));
    expect(await servedFile(root, '/index.html?x=1#/3')).toBe(path.join(root, 'index.html'));
    expect(await servedFile(root, '/assets/deck.css')).toBe(path.join(root, 'assets', 'deck.css'));
    expect(await servedFile(root, `/assets/${encodeURIComponent('名 字.css')}`)).toBe(path.join(root, 'assets', '名 字.css'));
    expect(await servedFile(root, '/link-in.css')).toBe(path.join(root, 'assets', 'deck.css'));
  });

  const outside = [
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E%2Fsecret.txt',
    '/assets%2f..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '//etc/passwd',
    'file:///etc/passwd',
    '/%2fetc%2fpasswd',
    'C:\\Windows\\win.ini',
    '/link-out.txt',
    '/dir-out/secret.txt',
    '/dir-out/',
    '/index.html%00.css',
    '/%zz',
    '/missing.css',
  ];
  for (const request of outside) {
    it(`serves nothing for ${request}`, async () => {
      expect(await servedFile(root, request)).toBeUndefined();
    });
  }

  it('serves nothing for the absolute path of a file outside', async () => {
    const secret = path.join(tmp, 'secret.txt');
    expect(await servedFile(root, secret)).toBeUndefined();
    expect(await servedFile(root, `/${secret}`)).toBeUndefined();
    expect(await servedFile(root, encodeURIComponent(secret))).toBeUndefined();
  });
});
