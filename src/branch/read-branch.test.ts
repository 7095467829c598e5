import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { describeError } from '../cli/report.js';
import { yamlValuePosition } from '../yaml-schema.js';
import { listBranchIds, readBranch } from './read-branch.js';

async function deckWith(files: Record<string, string>): Promise<string> {
  const deck = await mkdtemp(path.join(os.tmpdir(), 'branch-'));
  await mkdir(path.join(deck, 'branches'));
  for (const [name, text] of Object.entries(files)) await writeFile(path.join(deck, 'branches', name), text);
  return deck;
}

const minimal = 'name: 一班团支部\nshortName: 一班\ndate: 2026-12-08\n';

async function problem(text: string, extra: Record<string, string> = {}): Promise<string> {
  const deck = await deckWith({ 'one.yaml': text, ...extra });
  try {
    await readBranch(deck, 'one');
  } catch (error) {
    expect(error).toBeInstanceOf(VFileMessage);
    return describeError(error).replace(/^.*branches\//u, 'branches/');
  }
  throw new Error('expected the branch file to be refused');
}

describe('readBranch', () => {
  it('reads a branch file: dates in either form, empty fields as not given, names or a count of attendees', async () => {
    const deck = await deckWith({ 'one.yaml': `${minimal}date: 2026年12月8日\nlogo:\nattendees: [张三, 李四]\ntime: 19:00\n`.replace('date: 2026-12-08\n', ''), 'logo.png': 'png' });
    const branch = await readBranch(deck, 'one');
    expect(branch.data).toMatchObject({ name: '一班团支部', shortName: '一班', date: { year: 2026, month: 12, day: 8 }, attendees: ['张三', '李四'], time: '19:00' });
    expect(branch.data.logo).toBeUndefined();
    expect(await listBranchIds(deck)).toEqual(['one']);
  });

  it.each([
    ['an unknown field, with the one meant', `${minimal}plcae: 会议室\n`, 'branches/one.yaml:4:1: 未知的支部文件字段 `plcae`，是不是 `place`？'],
    ['a wrong type', `${minimal}attendees: 很多\n`, /^branches\/one\.yaml:4:12: 支部文件字段 `attendees`：/u],
    ['a date that is not a date', 'name: 一班\nshortName: 一班\ndate: 2026-02-30\n', /^branches\/one\.yaml:3:7: 支部文件字段 `date`：“2026-02-30”不是有效的日期/u],
    ['a missing required field', 'name: 一班\ndate: 2026-12-08\n', /缺少必填的支部文件字段 `shortName`/u],
    ['a missing logo', `${minimal}logo: logo.png\n`, /^branches\/one\.yaml:4:7: 字段 `logo`：在 .*branches 里找不到文件“logo\.png”$/u],
    ['a missing slides file', `${minimal}slides: ../notice.md\n`, /^branches\/one\.yaml:4:9: 字段 `slides`：.*找不到文件“\.\.\/notice\.md”/u],
    ['an unknown slide to hide', `${minimal}hide: [agenda, cover]\n`, /^branches\/one\.yaml:4:16: 支部文件字段 `hide.1`：应当是 agenda、discussion、closing 之一/u],
    ['a short name that cannot be a file name', 'name: 一班\nshortName: 一/二班\ndate: 2026-12-08\n', /`shortName`：简称要用作文件名/u],
  ])('refuses %s with file, line and field', async (_, text, expected) => {
    const message = await problem(text);
    if (typeof expected === 'string') expect(message).toBe(expected);
    else expect(message).toMatch(expected);
  });

  it('refuses an id that is not a plain file name and a branch that has no file', async () => {
    const deck = await deckWith({});
    await expect(readBranch(deck, '../x')).rejects.toThrow('支部编号“../x”只能由字母、数字、汉字、- 和 _ 组成');
    await expect(readBranch(deck, 'two')).rejects.toThrow(/branches\/two\.yaml：没有这个支部文件；用 notice-deck new-branch/u);
    await expect(listBranchIds(deck)).rejects.toThrow(/里面没有支部文件/u);
  });
});

describe('yamlValuePosition', () => {
  it('finds a value in a map and a list, and the top for a field that is not there', () => {
    const text = 'name: a\nhide:\n  - 1\n  - agenda\n';
    expect(yamlValuePosition(text, ['hide', 1])).toEqual({ line: 4, column: 5 });
    expect(yamlValuePosition(text, ['name'])).toEqual({ line: 1, column: 7 });
    expect(yamlValuePosition(text, ['place'])).toEqual({ line: 1, column: 1 });
  });
});
