/**
 * The output folder as the CLI leaves it: only notice-deck's own files replaced, runs at the same
 * time each publishing a whole deck, and nothing written outside --out and the temp folder.
 */
import { execFile } from 'node:child_process';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFileName } from '../src/output/manifest.js';
import { readPdf } from './support/pdf.js';
import { runCliInProcess } from './support/run-cli.js';

const bin = path.resolve('bin/notice-deck.js');
const cli = (cwd: string, ...args: string[]) => runCliInProcess(args, cwd);
const sampleDeck = path.resolve('decks/zqf-2016-9');

/** The compiled bin in a child process: for runs at the same time, and to see everything a whole process writes. */
function spawned(cwd: string, ...args: string[]) {
  return promisify(execFile)(process.execPath, [bin, ...args], { cwd, env: { ...process.env, CI: 'true' } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-out-'));
  await mkdir(path.join(workDir, 'short'));
  await writeFile(path.join(workDir, 'short/notice.md'), '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n');
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function manifestFiles(dir: string): Promise<string[]> {
  return (JSON.parse(await readFile(path.join(dir, manifestFileName), 'utf8')) as { files: string[] }).files;
}

describe('the output folder', () => {
  it('lists what it wrote, replaces only that, and keeps the files a user added', async () => {
    // A deck with a picture, then one without: the picture the first build wrote goes, the user's files stay.
    await mkdir(path.join(workDir, 'pictured'));
    await writeFile(path.join(workDir, 'pictured/notice.md'), '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n\n![团徽](badge.svg)\n');
    await writeFile(path.join(workDir, 'pictured/badge.svg'), '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10" fill="red"/></svg>');
    expect((await cli(workDir, 'build', 'pictured', '--out', 'out')).code).toBe(0);
    const first = await manifestFiles(path.join(workDir, 'out'));
    expect(first).toEqual(expect.arrayContaining(['index.html', 'media/badge.svg']));
    await writeFile(path.join(workDir, 'out/media/mine.png'), 'the user’s own');
    await writeFile(path.join(workDir, 'out/readme.txt'), 'the user’s own');
    expect((await cli(workDir, 'build', 'short', '--out', 'out')).code).toBe(0);
    const second = await manifestFiles(path.join(workDir, 'out'));
    expect(second).not.toContain('media/badge.svg');
    expect(await readdir(path.join(workDir, 'out/media'))).toEqual(['mine.png']);
    for (const file of second) expect(existsSync(path.join(workDir, 'out', file)), file).toBe(true);
    expect(await readFile(path.join(workDir, 'out/readme.txt'), 'utf8')).toBe('the user’s own');
  });

  it('writes into a folder of the user’s with --force, replacing only files of the same name', async () => {
    await mkdir(path.join(workDir, 'users/assets/fonts'), { recursive: true });
    await writeFile(path.join(workDir, 'users/assets/fonts/x.woff2'), 'font');
    await writeFile(path.join(workDir, 'users/index.html'), 'mine');
    expect((await cli(workDir, 'build', 'short', '--out', 'users')).code).toBe(1);
    expect(await readFile(path.join(workDir, 'users/index.html'), 'utf8')).toBe('mine');
    expect((await cli(workDir, 'build', 'short', '--out', 'users', '--force')).code).toBe(0);
    expect(await readFile(path.join(workDir, 'users/assets/fonts/x.woff2'), 'utf8')).toBe('font');
    expect(await readFile(path.join(workDir, 'users/index.html'), 'utf8')).toMatch(/^<!doctype html>/);
  });

  it('lets two PDF exports of one deck with different sizes run at once, each publishing a whole deck', { timeout: 240_000 }, async () => {
    // A short deck: the runs overlap from their start, and what is at stake is their publishing, not the printing.
    await cp(path.join(workDir, 'short'), path.join(workDir, 'both'), { recursive: true });
    const [wide, narrow] = await Promise.all([spawned(workDir, 'pdf', 'both'), spawned(workDir, 'pdf', 'both', '--size', '4:3')]);
    // Warnings of the preflight check may come; errors may not.
    for (const run of [wide, narrow]) expect(run.code, run.stderr).toBe(0);
    expect(wide.stdout).toMatch(/^dist\/both\/both\.pdf（\d+ 页）\n$/);
    expect(narrow.stdout).toMatch(/^dist\/both\/both\.pdf（\d+ 页）\n$/);
    // Whichever published last, the folder is one whole run: its PDF, its page, its fonts.
    const out = path.join(workDir, 'dist/both');
    const pdf = await readPdf(path.join(out, 'both.pdf'));
    const html = await readFile(path.join(out, 'index.html'), 'utf8');
    const width = pdf.pages[0]!.width;
    expect(html).toContain(width === 960 ? 'width: 1280' : 'width: 1024');
    for (const file of await manifestFiles(out)) expect(existsSync(path.join(out, file)), file).toBe(true);
    expect((await readdir(out)).filter((file) => file.includes('.tmp-') || file.includes('.lock'))).toEqual([]);
  });

  it('writes nothing outside --out and the temp folder during a build', { timeout: 120_000 }, async () => {
    // The deck and the current folder are in the repository here, not in the temp folder, so a stray write shows.
    const repo = path.resolve('.');
    const local = await mkdtemp(path.join(repo, 'node_modules', '.notice-deck-test-'));
    try {
      await cp(sampleDeck, path.join(local, 'deck'), { recursive: true });
      const out = path.join(local, 'out');
      // File times are finer than Date.now(): let the copy's times fall clearly before the start.
      await new Promise((resolve) => setTimeout(resolve, 50));
      const start = Date.now();
      expect((await spawned(local, 'build', 'deck', '--out', out)).code).toBe(0);
      const changed = [...changedSince(repo, start, [out, path.join(repo, '.git'), path.join(repo, 'node_modules/.vite')]), ...changedSince(os.homedir(), start, [], 1)];
      // The folder holding the output changes by getting it; nothing else may.
      expect(changed.filter((file) => file !== local)).toEqual([]);
    } finally {
      await rm(local, { recursive: true, force: true });
    }
  });
});

/**
 * Files and folders under `dir` (to `depth` levels) created or changed after `since`, `skip` left out.
 * Synchronous: the repository with its node_modules is ~30 000 entries, and a promise per lstat
 * costs three times the CPU.
 */
function changedSince(dir: string, since: number, skip: string[], depth = Infinity): string[] {
  const changed: string[] = [];
  const walk = (current: string, level: number) => {
    let entries: string[] = [];
    try {
      entries = readdirSync(current);
    } catch {
      return;
    }
    for (const entry of entries) {
      const file = path.join(current, entry);
      if (skip.includes(file)) continue;
      const info = lstatSync(file, { throwIfNoEntry: false });
      if (!info) continue;
      if (Math.max(info.mtimeMs, info.ctimeMs) >= since) changed.push(file);
      if (info.isDirectory() && level < depth) walk(file, level + 1);
    }
  };
  walk(dir, 1);
  return changed;
}
