/**
 * Faults a user meets outside their notice: a run stopped by a signal or killed outright, and a
 * PUPPETEER_EXECUTABLE_PATH that is not a browser. The CLI as users run it (the compiled bin).
 * Each row asserts the exit code, the one Chinese line (or silence) and what is left behind.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFontCacheDir } from '../src/fonts/subset.js';
import { commandLine, descendants, isRunning, waitFor } from './support/processes.js';

const bin = path.resolve('bin/notice-deck.js');
const sampleDeck = path.resolve('decks/zqf-2016-9');
const uid = process.getuid?.() ?? 'user';

let work: string;
/** A short deck: pdf builds before it starts the browser. */
let shortDeck: string;
beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-faults-'));
  shortDeck = path.join(work, 'short');
  await mkdir(shortDeck);
  await writeFile(path.join(shortDeck, 'notice.md'), '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n');
});
afterAll(() => rm(work, { recursive: true, force: true }));

/**
 * A fresh TMPDIR for one run, so that what the run leaves in the temp folder is ours to inspect. Its
 * font cache (src/fonts/subset.ts) is the test run's own, which globalSetup warmed with the sample:
 * each run would otherwise subset the fonts anew, seconds of work none of these faults is about.
 */
async function freshTmp(name: string): Promise<string> {
  const dir = path.join(work, name, 'tmp');
  await mkdir(dir, { recursive: true });
  await symlink(path.dirname(defaultFontCacheDir()), path.join(dir, `notice-deck-cache-${uid}`));
  return dir;
}

function runCli(args: string[], env: NodeJS.ProcessEnv): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [bin, ...args], { env: { ...process.env, CI: 'true', ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code) : 0, stdout, stderr });
    });
  });
}

/** The run folders under a TMPDIR: `notice-deck-<uid>/<pid>-<random>`. */
async function runFolders(tmp: string): Promise<string[]> {
  const root = path.join(tmp, `notice-deck-${uid}`);
  return existsSync(root) ? readdir(root) : [];
}

async function puppeteerProfiles(tmp: string): Promise<string[]> {
  return (await readdir(tmp)).filter((name) => name.startsWith('puppeteer_dev_chrome_profile-'));
}

/** Starts `command` on the sample and waits until its browser has a page open: the export is under way. */
async function runUnderWay(command: string, tmp: string, out: string) {
  const child = spawn(process.execPath, [bin, command, sampleDeck, '--out', out], {
    env: { ...process.env, CI: 'true', TMPDIR: tmp },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  );
  // The run builds the sample first: slow on a busy machine.
  const browsers = await waitFor(
    'a renderer of the CLI’s browser',
    () => {
      const pids = descendants(child.pid!);
      return pids.some((pid) => commandLine(pid).includes('--type=renderer')) && pids;
    },
    150_000,
  );
  return { child, browsers, exited, stderr: () => stderr };
}

describe('a run stopped from outside', { timeout: 240_000 }, () => {
  it.each(['pdf', 'handout', 'png'])('SIGKILL during %s: the browser dies with the CLI over its pipe, and the next run removes the temp folder', async (command) => {
    const tmp = await freshTmp(`sigkill-${command}`);
    const out = path.join(work, `sigkill-${command}`, 'out');
    const run = await runUnderWay(command, tmp, out);
    expect(run.browsers.length).toBeGreaterThan(0);
    expect(run.browsers.some((pid) => commandLine(pid).includes('--remote-debugging-pipe'))).toBe(true);
    const [folder] = await runFolders(tmp);
    expect(folder).toMatch(new RegExp(`^${run.child.pid}-`));
    expect(run.browsers.some((pid) => commandLine(pid).includes(`--user-data-dir=${path.join(tmp, `notice-deck-${uid}`, folder!)}`))).toBe(true);

    run.child.kill('SIGKILL');
    expect(await run.exited).toEqual({ code: null, signal: 'SIGKILL' });
    await waitFor('every browser process of the killed run to end', () => run.browsers.every((pid) => !isRunning(pid)));
    expect(await runFolders(tmp)).toEqual([folder]); // nobody was left to remove it …
    expect(await puppeteerProfiles(tmp)).toEqual([]);

    // The next run is the command again for pdf; a build into the same folder for the others, which
    // also fails on anything the killed run left there, without printing or drawing the sample again.
    const next = await runCli([command === 'pdf' ? command : 'build', sampleDeck, '--out', out], { TMPDIR: tmp });
    // Silent but for the sample's proofreading warning (a stray Latin word).
    expect(next.code).toBe(0);
    expect(next.stderr.split('\n').filter((line) => line && !line.startsWith('warning:'))).toEqual([]);
    expect(await runFolders(tmp)).toEqual([]); // … until the next run
  });

  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s during pdf: exit %i, silent, no browser left, temp folder removed, no PDF half-written', async (signal, code) => {
    const tmp = await freshTmp(signal);
    const out = path.join(work, signal, 'out');
    const run = await runUnderWay('pdf', tmp, out);
    run.child.kill(signal);
    expect(await run.exited).toEqual({ code, signal: null });
    expect(run.stderr().split('\n').filter((line) => line && !line.startsWith('warning:'))).toEqual([]);
    await waitFor('every browser process of the stopped run to end', () => run.browsers.every((pid) => !isRunning(pid)));
    // Removed at exit; when Chromium was still writing its profile into it then, the next run removes it.
    if ((await runFolders(tmp)).length > 0) {
      expect((await runCli(['build', sampleDeck, '--out', path.join(work, signal, 'next')], { TMPDIR: tmp })).code).toBe(0);
    }
    expect(await runFolders(tmp)).toEqual([]);
    expect(await puppeteerProfiles(tmp)).toEqual([]);
    expect((await readdir(out).catch(() => [])).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });

  it('temp files a killed build left beside the font stylesheet are removed by the next build', async () => {
    const deck = path.join(work, 'killed-build', 'deck');
    await cp(sampleDeck, deck, { recursive: true });
    const out = path.join(work, 'killed-build', 'out');
    expect((await runCli(['build', deck, '--out', out], {})).code).toBe(0);
    const fonts = path.join(out, 'assets', 'fonts');
    const font = 'fonts.css';
    // What `build` killed while writing leaves: a temp file named after a process that is gone.
    const gone = await new Promise<number>((resolve) => {
      const child = spawn(process.execPath, ['-e', '']);
      child.on('exit', () => resolve(child.pid!));
    });
    const leftovers = [`.${font}.tmp-${gone}-0123abcd`, `.index.html.tmp-${gone}-89abcdef`];
    await writeFile(path.join(fonts, leftovers[0]!), '');
    await writeFile(path.join(out, leftovers[1]!), '');

    expect((await runCli(['build', deck, '--out', out], {})).code).toBe(0);
    expect((await readdir(fonts)).filter((name) => name.includes('.tmp-'))).toEqual([]);
    expect((await readdir(out)).filter((name) => name.includes('.tmp-'))).toEqual([]);
  });
});

describe('PUPPETEER_EXECUTABLE_PATH that is not a browser', { timeout: 120_000 }, () => {
  const cases: [string, () => Promise<string>, RegExp][] = [
    ['a program that is not a browser (/bin/false)', async () => '/bin/false', /，但它启动不了，不是能用的浏览器：/],
    ['a folder', async () => work, /，但这是一个文件夹，不是浏览器程序：/],
    ['a text file', async () => (await writeFile(path.join(work, 'chrome.txt'), 'chrome'), path.join(work, 'chrome.txt')), /，但这个文件不能运行，不是浏览器程序：/],
    [
      'an executable text file',
      async () => {
        const file = path.join(work, 'chrome.sh');
        await writeFile(file, 'this is not a browser\n');
        await chmod(file, 0o755);
        return file;
      },
      /，但它启动不了，不是能用的浏览器：/,
    ],
    ['a path that does not exist', async () => path.join(work, 'nowhere', 'chrome'), /，但没有这个文件：/],
  ];

  it.each(cases)('%s: one Chinese line, exit 1, the earlier PDF untouched', async (_name, executable, reason) => {
    const file = await executable();
    const out = await mkdtemp(path.join(work, 'out-'));
    const earlier = path.join(out, 'short.pdf');
    await writeFile(earlier, 'the PDF of an earlier run');
    const tmp = await freshTmp(path.basename(out));

    // --force: the earlier PDF stands for a user's own file that a failed run must leave alone.
    const result = await runCli(['pdf', shortDeck, '--out', out, '--force'], { PUPPETEER_EXECUTABLE_PATH: file, TMPDIR: tmp });

    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^notice-deck: 环境变量 PUPPETEER_EXECUTABLE_PATH 设成了 ${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}，但`));
    expect(lines[0]).toMatch(reason);
    expect(lines[0]).toMatch(/请设为 Chrome 或 Chromium 的程序文件，或者删掉这个设置$/);
    expect(await readFile(earlier, 'utf8')).toBe('the PDF of an earlier run');
    expect(await runFolders(tmp)).toEqual([]);
  });
});
