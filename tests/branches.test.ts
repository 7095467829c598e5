/**
 * Branch files through the CLI (run in-process): new-branch, one branch with
 * --branch, every branch with --all-branches while one of them is broken. No browser: HTML only.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliInProcess } from './support/run-cli.js';

let work: string;

const cli = (...args: string[]) => runCliInProcess(args, work);

// Parts with substance (over 100 em each): the planner studies them (agenda, discussion) rather
// than gathering short parts on one overview slide.
const substance = '各团支部要组织团员认真学习，结合本支部实际深入讨论，把学习成果转化为推动工作的实际行动。'.repeat(3);
const notice = `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n# 一、第一部分\n\n第一部分的正文。${substance}\n\n# 二、第二部分\n\n第二部分的正文。${substance}\n`;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-branches-'));
  await mkdir(path.join(work, 'demo'));
  await writeFile(path.join(work, 'demo', 'notice.md'), notice);
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('branches on the command line', () => {
  it('new-branch writes a branch file that builds, and refuses to overwrite it', async () => {
    expect(await cli('new-branch', 'demo', 'one')).toMatchObject({ code: 0, stdout: 'demo/branches/one.yaml\n' });
    const again = await cli('new-branch', 'demo', 'one');
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('notice-deck: demo/branches/one.yaml：已经有这个支部文件，不会覆盖它；换一个编号或先删掉它\n');
    const text = await readFile(path.join(work, 'demo/branches/one.yaml'), 'utf8');
    await writeFile(path.join(work, 'demo/branches/one.yaml'), text.replace('name: 某某团支部', 'name: 一班团支部').replace('presenter:', 'presenter: 李四'));
    const built = await cli('build', 'demo', '--branch', 'one');
    expect(built).toMatchObject({ code: 0, stdout: 'dist/demo/one/index.html（9 张幻灯片）\n' });
    const html = await readFile(path.join(work, 'dist/demo/one/index.html'), 'utf8');
    expect(html).toContain('一班团支部');
    expect(html).toContain('领学人：李四');
    expect(html).toContain('layout-meeting-info');
    const single = await cli('build', 'demo', '--branch', 'one', '--single-file');
    expect(single).toMatchObject({ code: 0, stdout: expect.stringMatching(/^dist\/demo\/one\/demo-one\.html（9 张幻灯片，单个文件 \d+ KB）\n$/u) });
    expect(await readFile(path.join(work, 'dist/demo/one/demo-one.html'), 'utf8')).toContain('领学人：李四');
  });

  it('names file, line and field of a broken branch file, with exit code 1', async () => {
    await writeFile(path.join(work, 'demo/branches/bad.yaml'), 'name: 二班团支部\nshortName: 二班\ndate: 2026-13-01\n');
    const result = await cli('build', 'demo', '--branch', 'bad');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^notice-deck: demo\/branches\/bad\.yaml:3:7: 支部文件字段 `date`：“2026-13-01”不是有效的日期/u);
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  });

  it('refuses batch flags without --all-branches', async () => {
    expect(await cli('build', 'demo', '--zip', '--jobs', '2')).toMatchObject({ code: 1, stderr: 'notice-deck: --zip、--jobs 要与 --all-branches 一起用\n' });
  });

  it('--all-branches builds the good branches, reports the broken one and ends with a summary', async () => {
    await writeFile(path.join(work, 'demo/branches/two.yaml'), 'name: 三班团支部\nshortName: 三班\ndate: 2026-12-01\nhide: [3]\n');
    const result = await cli('build', 'demo', '--all-branches', '--jobs', '2', '--zip');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('notice-deck: demo/branches/bad.yaml:3:7: 支部文件字段 `date`');
    expect(result.stderr).toContain('notice-deck: demo/branches/two.yaml:4:8: 字段 `hide.0`：通知正文只有 2 个部分，没有第 3 部分');
    expect(result.stderr).toMatch(/^\[1\/3\] \w+：(完成|失败)$/mu);
    expect(result.stdout).toMatch(/^bad\s+—\s+—\s+[\d.]+ 秒\s+失败$/mu);
    expect(result.stdout).toMatch(/^one\s+9\s+—\s+[\d.]+ 秒\s+成功$/mu);
    expect(result.stdout).toMatch(/3 个支部，2 个失败\n$/u);
    expect(existsSync(path.join(work, 'dist/demo/one/index.html'))).toBe(true);
    // The zip holds the deck, not notice-deck's record of the output folder (zip entry names are plain bytes).
    const zipped = (await readFile(path.join(work, 'dist/demo/demo-one.zip'))).toString('latin1');
    expect(zipped).toContain('demo-one/index.html');
    expect(zipped).not.toContain('.notice-deck');
    expect(existsSync(path.join(work, 'dist/demo/two'))).toBe(false);
  });
});
