import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { bundledChromium, locateBundledChromium, noBrowserMessage, type BundledChromium } from './bundled-chromium.js';

describe('bundledChromium', () => {
  let dir: string;
  let bundled: BundledChromium;
  beforeEach(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'bundled-chromium-'));
    bundled = { compressed: path.join(dir, 'chromium.br'), executable: path.join(dir, 'cache', 'chromium-1.0.0', 'chromium') };
    await writeFile(bundled.compressed, brotliCompressSync('#!/bin/sh\necho chromium\n'));
  });
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('unpacks once into its cache, executable, and reuses it afterwards', async () => {
    const lines: string[] = [];
    expect(await bundledChromium(bundled, (line) => lines.push(line))).toBe(bundled.executable);
    expect(await readFile(bundled.executable, 'utf8')).toBe('#!/bin/sh\necho chromium\n');
    expect((await stat(bundled.executable)).mode & 0o111).not.toBe(0);
    expect(lines).toEqual([expect.stringMatching(/^第一次使用自带的 Chromium/)]);

    await rm(bundled.compressed); // a second unpack would now fail
    expect(await bundledChromium(bundled, (line) => lines.push(line))).toBe(bundled.executable);
    expect(lines).toHaveLength(1);
  });

  it('removes what a killed unpack left and never leaves a half executable under the final name', async () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid;
    const cacheDir = path.dirname(bundled.executable);
    await mkdir(cacheDir, { recursive: true });
    await writeFile(path.join(cacheDir, `.chromium.tmp-${deadPid}-0123abcd`), 'half');
    await bundledChromium(bundled);
    expect(await readdir(cacheDir)).toEqual(['chromium']);

    await rm(bundled.executable);
    await writeFile(bundled.compressed, 'not brotli');
    const error = await bundledChromium(bundled).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toMatch(/^无法把自带的 Chromium 浏览器解压到 .*请重新运行 npm ci$/);
    expect(await readdir(cacheDir)).toEqual([]);
  });

  it('explains how to install a browser where npm did not bring the bundled one', async () => {
    const error = await bundledChromium(undefined).catch((caught: Error) => caught);
    expect(error).toBeInstanceOf(UserError);
    expect((error as Error).message).toBe(noBrowserMessage);
    expect(noBrowserMessage).toContain('sudo apt-get install chromium');
    expect(noBrowserMessage).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});

describe('locateBundledChromium', () => {
  it.runIf(process.platform === 'linux' && process.arch === 'x64')('finds the package npm installed on Linux x64, with a versioned cache in node_modules/.cache', async () => {
    const bundled = locateBundledChromium();
    expect(bundled).toBeDefined();
    expect((await stat(bundled!.compressed)).size).toBeGreaterThan(10_000_000);
    expect(bundled!.executable).toMatch(/node_modules\/\.cache\/notice-deck\/chromium-\d+\.\d+\.\d+\/chromium$/);
  });

  it('is undefined where the package is not installed', () => {
    expect(locateBundledChromium('file:///nowhere/at/all.js')).toBeUndefined();
  });
});
