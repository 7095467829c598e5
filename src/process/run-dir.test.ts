import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeDeadRuns, runDir, runsRoot, runSubdir } from './run-dir.js';

describe('run folders', () => {
  let root: string;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'run-dir-'));
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('removes the folders of dead runs and keeps those of live ones and foreign names', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    for (const name of [`${deadPid}-abc123`, `${process.pid}-def456`, `${process.ppid}-aaa111`, 'somebody-else']) {
      await mkdir(path.join(root, name, 'profile'), { recursive: true });
    }
    await removeDeadRuns(root);
    expect((await readdir(root)).sort()).toEqual([`${process.pid}-def456`, `${process.ppid}-aaa111`, 'somebody-else'].sort());
  });

  it('keeps one folder per run, per user, with fresh subfolders inside it', async () => {
    const dir = await runDir();
    expect(path.dirname(dir)).toBe(runsRoot());
    expect(path.basename(dir)).toMatch(new RegExp(`^${process.pid}-`));
    expect(await runDir()).toBe(dir);
    const [a, b] = [await runSubdir('chromium-'), await runSubdir('chromium-')];
    expect(a).not.toBe(b);
    expect(path.dirname(a)).toBe(dir);
  });
});
