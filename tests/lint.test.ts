/** `notice-deck lint` and the warnings `build` prints, through the CLI (run in-process). */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli.js';

let work: string;

const notice = ['---', 'issuer: 共青团某某县委', 'number: 某团发[2024]03号', 'title: 关于开展读书活动的通知', 'addressees: 各乡镇团委', 'date: 2024-03-15', '---', '', '为引导团员青年多读书,现通知如下。', '', '# 一、活动时间', '', '每周五下午。', '', '# 三、活动内容', '', '共读一本书。', ''].join('\n');

const cli = (...args: string[]) => runCliInProcess(args, work);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-lint-'));
  await mkdir(path.join(work, 'deck'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('notice-deck lint', () => {
  it('reports line:column and a fix, leaves the file alone, exit 1 for errors', async () => {
    await writeFile(path.join(work, 'deck/notice.md'), notice);
    const result = await cli('lint', 'deck');
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toEqual([
      'deck/notice.md:3:12: 错误：发文字号里的“[2024]03号”不合格式：年份用〔〕括起来，不加“第”，序号前不加 0（建议：改为“〔2024〕3号”，--fix 可自动改） [document-number]',
      'deck/notice.md:9:11: 错误：中文里用了半角标点“,”（建议：改为“，”，--fix 可自动改） [half-width-punctuation]',
      'deck/notice.md:15:3: 错误：序号“三、”跳号：前面没有“二、”（建议：核对序号，这里应为“二、”） [numbering]',
      'deck/notice.md：3 个错误，0 个提醒',
      '',
    ]);
    expect(await readFile(path.join(work, 'deck/notice.md'), 'utf8')).toBe(notice);
  });

  it('--fix applies the certain fixes, shows the diff, writes no temp file, and still fails on what needs a person', async () => {
    await writeFile(path.join(work, 'deck/notice.md'), notice);
    const result = await cli('lint', 'deck/notice.md', '--fix');
    expect(result.stdout).toContain('-number: 某团发[2024]03号\n+number: 某团发〔2024〕3号\n');
    expect(result.stdout).toContain('-为引导团员青年多读书,现通知如下。\n+为引导团员青年多读书，现通知如下。\n');
    expect(result.stdout).toContain('deck/notice.md：1 个错误，0 个提醒');
    expect(result.code).toBe(1);
    const fixed = await readFile(path.join(work, 'deck/notice.md'), 'utf8');
    expect(fixed).toBe(notice.replace('[2024]03号', '〔2024〕3号').replace('多读书,', '多读书，'));
    expect(await readdir(path.join(work, 'deck'))).toEqual(['notice.md']);
    // Fixed by hand, the notice passes.
    await writeFile(path.join(work, 'deck/notice.md'), fixed.replace('# 三、', '# 二、'));
    expect(await cli('lint', 'deck')).toMatchObject({ code: 0, stdout: 'deck/notice.md：没有发现问题\n' });
  });

  it('--format json lists the findings for tools', async () => {
    await writeFile(path.join(work, 'deck/notice.md'), notice);
    const result = await cli('lint', 'deck', '--format', 'json');
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { rule: string; line: number; column: number; fixable: boolean }[] };
    expect(report.findings.map(({ rule, line, column, fixable }) => [rule, line, column, fixable])).toEqual([
      ['document-number', 3, 12, true],
      ['half-width-punctuation', 9, 11, true],
      ['numbering', 15, 3, false],
    ]);
    expect((await cli('lint', 'deck', '--format', 'xml')).code).toBe(1);
  });
});

describe('notice-deck build', () => {
  it('prints the same findings as warnings and builds the deck', async () => {
    await writeFile(path.join(work, 'deck/notice.md'), notice.replace('[2024]03号', '〔2024〕3号'));
    const result = await cli('build', 'deck', '--out', 'out');
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('warning: deck/notice.md:9:11: 错误：中文里用了半角标点“,”');
    // Numbering is reported once, by the recogniser that reads the sections.
    expect(result.stderr).not.toContain('[numbering]');
    expect(result.stdout).toMatch(/^out\/index\.html（\d+ 张幻灯片）\n$/u);
  });
});
