/**
 * Several decks in one `pdf` call: folders and a glob pattern (passed unexpanded, as cmd.exe and
 * PowerShell do), one browser, and a broken deck among good ones that is reported while the others
 * are still built. The CLI runs in-process (tests/support/run-cli.ts) on the run's shared browser
 * (tests/support/cli-browser.ts); what a real process does (exit codes, signals, its own browser)
 * is faults.test.ts's and the spawned smoke tests'.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { launchBrowser } from '../src/export/browser.js';
import { readPdf } from './support/pdf.js';
import { runCliInProcess } from './support/run-cli.js';

let work: string;

const cli = (...args: string[]) => runCliInProcess(args, work);

/** A small notice whose title and sections say which deck it is. */
function notice(name: string, sections: number): string {
  const body = Array.from({ length: sections }, (_, i) => `# ${'一二三四五'[i]}、${name}第${i + 1}部分\n\n${name}的第${i + 1}部分正文，各团支部要认真组织学习，结合实际抓好落实。`);
  return `---\nissuer: 某某团委\ntitle: 关于${name}的通知\n---\n\n${body.join('\n\n')}\n`;
}

const decks = { 'decks/spring': ['春季学习', 1], 'decks/summer': ['暑期实践', 3], 'more/autumn': ['秋季团课', 5] } as const;

/** The slides a built deck has: its index.html's top-level sections. */
async function slideCount(html: string): Promise<number> {
  return (await readFile(html, 'utf8')).match(/<section\b/g)?.length ?? 0;
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-multideck-'));
  for (const [folder, [name, sections]] of Object.entries(decks)) {
    await mkdir(path.join(work, folder), { recursive: true });
    await writeFile(path.join(work, folder, 'notice.md'), notice(name, sections));
  }
  await mkdir(path.join(work, 'more/broken'), { recursive: true });
  await writeFile(path.join(work, 'more/broken/notice.md'), '---\ntitle: [没写完\n---\n\n# 一、正文\n\n正文。\n');
});
afterAll(() => rm(work, { recursive: true, force: true }));

describe('pdf with several decks', { timeout: 240_000 }, () => {
  it('makes each deck’s PDF into <out>/<deck>, one page per slide, and a broken deck fails alone with one line naming it', async () => {
    // launchBrowser is a spy on the shared browser (tests/support/cli-on-shared-browser.ts).
    vi.mocked(launchBrowser).mockClear();
    const result = await cli('pdf', 'decks/spring', 'decks/summer', 'more/*', '--out', 'out', '--jobs', '2');
    expect(launchBrowser).toHaveBeenCalledTimes(1);

    expect(result.code).toBe(1);
    const errors = result.stderr.split('\n').filter((line) => line.startsWith('notice-deck'));
    expect(errors).toEqual([expect.stringMatching(/^notice-deck: more\/broken\/notice\.md:2:\d+: .*[\u4e00-\u9fff]/u)]);
    // CI gets one plain line per deck.
    expect(result.stderr).toMatch(/^\[\d\/4\] more\/broken：失败$/mu);
    expect(result.stdout).toMatch(/^more\/broken\s+—\s+—\s+[\d.]+ 秒\s+失败\s+—$/mu);
    expect(result.stdout).toMatch(/4 份通知，1 份失败\n$/u);
    expect(existsSync(path.join(work, 'out/broken'))).toBe(false);

    for (const [folder, [name, sections]] of Object.entries(decks)) {
      const deck = path.basename(folder);
      const pdf = await readPdf(path.join(work, 'out', deck, `${deck}.pdf`));
      const slides = await slideCount(path.join(work, 'out', deck, 'index.html'));
      expect(slides).toBeGreaterThan(1);
      expect(pdf.pages).toHaveLength(slides);
      expect(pdf.text).toContain(`关于${name}的通知`);
      expect(pdf.text).toContain(`${name}第${sections}部分`);
      for (const [other] of Object.values(decks)) if (other !== name) expect(pdf.text).not.toContain(other);
      expect(result.stdout).toMatch(new RegExp(`^${folder}\\s+${slides}\\s+${slides}\\s+[\\d.]+ 秒\\s+成功\\s+out/${deck}/${deck}\\.pdf$`, 'mu'));
    }
  });

  it('builds every deck a pattern matches into dist/<deck> and exits 0 when all succeed', async () => {
    const result = await cli('build', 'decks/*');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/2 份通知全部完成\n$/u) });
    expect(await readFile(path.join(work, 'dist/spring/index.html'), 'utf8')).toContain('关于春季学习的通知');
    expect(await readFile(path.join(work, 'dist/summer/index.html'), 'utf8')).toContain('关于暑期实践的通知');
    expect(existsSync(path.join(work, 'dist/autumn'))).toBe(false);
  });

  it('refuses --branch with several decks, and two decks that would share an output folder', async () => {
    expect(await cli('pdf', 'decks/*', '--branch', 'x')).toMatchObject({ code: 1, stderr: 'notice-deck: --branch 一次只能用于一份通知，这里有 2 份\n' });
    await mkdir(path.join(work, 'more/spring'), { recursive: true });
    await writeFile(path.join(work, 'more/spring/notice.md'), notice('另一份', 1));
    const clash = await cli('pdf', 'decks/spring', 'more/spring');
    expect(clash).toMatchObject({ code: 1, stderr: expect.stringMatching(/^notice-deck: decks\/spring 和 more\/spring 的文件夹同名（spring）/u) });
    await rm(path.join(work, 'more/spring'), { recursive: true });
  });
});
