/**
 * `--version` and `--help` start in a blink only if registering the commands loads no pipeline,
 * browser or PDF code: each command imports its work when it runs. The compiled CLI is run with a
 * module hook that records every module it loads; no timing is measured.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// lib/cli/main.js, unbundled, so that every package shows up by its path. The bundle in
// lib/cli-bundle/main.cjs is one file, but its modules run only when first imported (esbuild's lazy
// inits), so what runs there follows the same split.
const main = path.resolve('lib/cli/main.js');
const recorder = path.resolve('tests/support/loaded-modules.mjs');
const run = promisify(execFile);

/** The packages needed for parsing the command line and reporting its errors. */
const startupPackages = ['commander', 'unist-util-stringify-position', 'vfile-message'];

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-startup-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** The node_modules packages a CLI run with `args` loads, sorted. */
async function packagesLoadedBy(...args: string[]): Promise<string[]> {
  const list = path.join(workDir, `${args.join('-').replace(/\W+/gu, '_')}.txt`);
  await run(process.execPath, ['--import', recorder, main, ...args], { cwd: workDir, env: { ...process.env, CI: 'true', LOADED_MODULES_FILE: list } });
  const urls = (await readFile(list, 'utf8')).split('\n').filter(Boolean);
  const packages = urls.map((url) => /\/node_modules\/((?:@[^/]+\/)?[^/]+)\//u.exec(url)?.[1]).filter((name): name is string => name !== undefined);
  return [...new Set(packages)].sort();
}

describe('CLI start-up', () => {
  it.each(['--version', '--help', 'pdf --help'])('`notice-deck %s` loads only the command-line packages', async (line) => {
    expect(await packagesLoadedBy(...line.split(' '))).toEqual(startupPackages);
  });

  it('loads the pipeline once a command runs (the recorder sees lazily imported modules)', async () => {
    const packages = await packagesLoadedBy('layouts');
    expect(packages).toContain('hast-util-from-html');
    expect(packages).toEqual(expect.arrayContaining(startupPackages));
  });
});
