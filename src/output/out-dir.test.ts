import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { manifestFileName } from './manifest.js';
import { checkOutDir } from './out-dir.js';

describe('checkOutDir', async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'out-dir-'));
  const deck = path.join(base, 'decks', 'one');
  await mkdir(deck, { recursive: true });
  await writeFile(path.join(deck, 'notice.md'), 'x');

  it.each([
    ['/', '不能把根目录当作输出文件夹'],
    [os.homedir(), '不能把用户主文件夹当作输出文件夹'],
    [deck, '这是幻灯片文件夹本身'],
    [path.join(base, 'decks'), '幻灯片文件夹就在它里面'],
    [path.join(deck, 'notice.md'), '这是一个文件，不是文件夹'],
    [path.join(deck, 'notice.md', 'sub', 'deeper'), 'notice.md 是一个文件，不能在它下面建文件夹'],
  ])('refuses %s', async (out, reason) => {
    await expect(checkOutDir(out, { sourceDir: deck, force: true })).rejects.toThrow(reason);
  });

  it('sees through a symlink to the root or the deck folder', async () => {
    await symlink('/', path.join(base, 'to-root'));
    await symlink(deck, path.join(base, 'to-deck'));
    await expect(checkOutDir(path.join(base, 'to-root'), { sourceDir: deck })).rejects.toThrow('不能把根目录当作输出文件夹');
    await expect(checkOutDir(path.join(base, 'to-deck'), { sourceDir: deck })).rejects.toThrow('这是幻灯片文件夹本身');
  });

  it('takes a new folder, an empty one, one inside the deck, and its own', async () => {
    await checkOutDir(path.join(base, 'dist', 'new'), { sourceDir: deck });
    await mkdir(path.join(base, 'empty'));
    await checkOutDir(path.join(base, 'empty'), { sourceDir: deck });
    await checkOutDir(path.join(deck, 'out'), { sourceDir: deck });
    await mkdir(path.join(base, 'ours'));
    await writeFile(path.join(base, 'ours', manifestFileName), JSON.stringify({ generator: 'notice-deck', files: ['index.html'] }));
    await writeFile(path.join(base, 'ours', 'index.html'), 'x');
    await checkOutDir(path.join(base, 'ours'), { sourceDir: deck });
  });

  it('refuses a folder with files of the user unless forced', async () => {
    await mkdir(path.join(base, 'users'));
    await writeFile(path.join(base, 'users', 'index.html'), 'mine');
    await expect(checkOutDir(path.join(base, 'users'), { sourceDir: deck })).rejects.toThrow(/已经有别的文件（index\.html），不是 notice-deck 生成的/);
    await checkOutDir(path.join(base, 'users'), { sourceDir: deck, force: true });
  });
});
