import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { removeStaleTemps, tempPathFor } from './stale-temps.js';

describe('temp files beside their targets', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'stale-temps-'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('names a temp file after its target and this process', () => {
    expect(path.basename(tempPathFor(path.join(dir, 'a.woff2')))).toMatch(new RegExp(`^\\.a\\.woff2\\.tmp-${process.pid}-[0-9a-f]{8}$`));
  });

  it('removes only the temp files of processes that are gone', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const names = [`.a.woff2.tmp-${deadPid}-0123abcd`, `.b.woff2.tmp-${process.ppid}-0123abcd`, `.c.html.tmp-${process.pid}-0123abcd`, 'a.woff2', '.hidden'];
    for (const name of names) await writeFile(path.join(dir, name), '');
    await removeStaleTemps(dir);
    expect((await readdir(dir)).sort()).toEqual(names.slice(1).sort());
  });

  it('does nothing for a missing folder', async () => {
    await expect(removeStaleTemps(path.join(dir, 'none'))).resolves.toBeUndefined();
  });
});
