/** `notice-deck serve` as a user runs it: the compiled bin in a child process, stopped with Ctrl-C (SIGINT). */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, rm, symlink, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultFontCacheDir } from '../src/fonts/subset.js';

const bin = path.resolve('bin/notice-deck.js');
let work: string;
/** The TMPDIR the server sees, to check it leaves no temp folder behind. */
let tmpDir: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'serve-cli-'));
  tmpDir = path.join(work, 'tmp');
  await mkdir(tmpDir);
  // The test run's font cache, not an empty one: subsetting the fonts anew is no part of serving.
  await symlink(path.dirname(defaultFontCacheDir()), path.join(tmpDir, `notice-deck-cache-${process.getuid?.() ?? 'user'}`));
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

async function deck(name: string, notice: string): Promise<string> {
  await mkdir(path.join(work, name), { recursive: true });
  await writeFile(path.join(work, name, 'notice.md'), notice);
  return name;
}

interface Running {
  child: ChildProcess;
  output: () => string;
  url: string;
  exited: Promise<number | null>;
}

/** Starts `notice-deck serve` and resolves once it prints its address. */
function serve(...args: string[]): Promise<Running> {
  const child = spawn(process.execPath, [bin, 'serve', ...args], { cwd: work, env: { ...process.env, TMPDIR: tmpDir, CI: 'true' } });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return new Promise((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const url = /正在预览 \S+：(http:\/\/\S+\/)/u.exec(output)?.[1];
      if (url) resolve({ child, output: () => output, url, exited });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    exited.then((code) => reject(new Error(`serve exited with ${code} before printing its address:\n${output}`)));
  });
}

const notice = '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n';

describe('notice-deck serve (CLI)', { timeout: 60_000 }, () => {
  let busy: Server;
  let busyPort: number;
  beforeAll(async () => {
    busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    busyPort = (busy.address() as { port: number }).port;
  });
  afterAll(() => new Promise((resolve) => busy.close(resolve)));

  it('moves off a busy port, serves the deck, and on Ctrl-C stops leaving no temp folder', async () => {
    const name = await deck('ok', notice);
    const running = await serve(name, '--port', String(busyPort));
    try {
      expect(running.output()).toContain(`端口 ${busyPort} 已被占用，改用下一个`);
      expect(new URL(running.url).port).not.toBe(String(busyPort));
      const page = await fetch(running.url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<title>关于开展学习的通知</title>');
      expect((await readdir(tmpDir)).filter((file) => file.startsWith('notice-deck-serve-'))).toHaveLength(1);
    } finally {
      running.child.kill('SIGINT');
    }
    expect(await running.exited).toBe(0);
    expect(running.output()).toContain('已停止预览');
    // The font cache stays (it is what makes the next start fast); no run's own folder does.
    expect((await readdir(tmpDir)).filter((file) => !/^notice-deck-(?:cache-)?\d+$/u.test(file))).toEqual([]);
    expect(await readdir(path.join(tmpDir, `notice-deck-${process.getuid?.() ?? 'user'}`)).catch(() => [])).toEqual([]);
    expect(existsOutput(name)).toBe(false);
  });

  it('starts even when the notice is broken, showing the error, so fixing it is all that is left', async () => {
    const name = await deck('broken', '---\nissuer: 某某团委\ntitle: [关于\n---\n\n正文。\n');
    const running = await serve(name, '--port', '0');
    try {
      expect(running.output()).toMatch(/生成失败：broken\/notice\.md:\d+:\d+: 信息区的写法有误/);
      const page = await (await fetch(running.url)).text();
      expect(page).toContain('live-reload.js');
    } finally {
      running.child.kill('SIGINT');
    }
    expect(await running.exited).toBe(0);
  });

  it('refuses a port that is not a number, in one Chinese line', async () => {
    const name = await deck('port', notice);
    const child = spawn(process.execPath, [bin, 'serve', name, '--port', 'abc'], { cwd: work });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toBe('notice-deck: --port 应当是 0 到 65535 之间的整数，而不是“abc”\n');
  });
});

/** serve never writes the user's dist/. */
function existsOutput(name: string): boolean {
  return existsSync(path.join(work, 'dist', name));
}
