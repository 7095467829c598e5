import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { checkDistinctNames, expandDeckArguments } from './deck-arguments.js';

let work: string;
const previous = process.cwd();
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-deck-args-'));
  for (const deck of ['decks/b', 'decks/a', 'decks/c', 'other/a']) {
    await mkdir(path.join(work, deck), { recursive: true });
    await writeFile(path.join(work, deck, 'notice.md'), '# 通知\n');
  }
  await mkdir(path.join(work, 'decks/no-notice'));
  await writeFile(path.join(work, 'decks/README.md'), '说明\n');
  process.chdir(work);
});
afterAll(async () => {
  process.chdir(previous);
  await rm(work, { recursive: true, force: true });
});

describe('expandDeckArguments', () => {
  it('expands a pattern to the deck folders it matches, sorted, skipping folders without notice.md and other files', async () => {
    expect(await expandDeckArguments(['decks/*'])).toEqual(['decks/a', 'decks/b', 'decks/c']);
  });

  it('keeps plain arguments as given, even one that is no deck (its build says so), and a deck named twice once', async () => {
    expect(await expandDeckArguments(['decks/c', 'nowhere', 'decks/{a,c}', 'decks/c/notice.md'])).toEqual(['decks/c', 'nowhere', 'decks/a']);
  });

  it('matches notice.md files too', async () => {
    expect(await expandDeckArguments(['*/a/notice.md'])).toEqual(['decks/a/notice.md', 'other/a/notice.md']);
  });

  it('reads a Windows pattern with backslashes as cmd.exe passes it', async () => {
    expect(await expandDeckArguments(['decks\\?'], 'win32')).toEqual(['decks/a', 'decks/b', 'decks/c']);
  });

  it('refuses a pattern that matches no deck, naming it', async () => {
    await expect(expandDeckArguments(['decks/x*'])).rejects.toThrow(new UserError('“decks/x*”：没有找到匹配的幻灯片文件夹（放有 notice.md 的文件夹）'));
  });
});

describe('checkDistinctNames', () => {
  it('refuses two decks whose output folders would be the same', () => {
    expect(() => checkDistinctNames(['decks/a', 'decks/b'])).not.toThrow();
    expect(() => checkDistinctNames(['decks/a', 'other/a/notice.md'])).toThrow(/^decks\/a 和 other\/a\/notice\.md 的文件夹同名（a），输出会写进同一个文件夹/u);
  });
});
