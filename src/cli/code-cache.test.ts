import { chmod, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requireWithCodeCache } from './code-cache.js';

let dir: string;
let file: string;
let cacheDir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-code-cache-'));
  file = path.join(dir, 'script.cjs');
  cacheDir = path.join(dir, 'cache');
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** A script whose answer tells which text ran; the same length for every `answer` of one digit. */
const script = (answer: number) => `module.exports = { answer: ${answer}, file: __filename, dir: __dirname, sep: require('node:path').sep, twice: (x) => x * 2 };\n`;

describe('requireWithCodeCache', () => {
  it('runs a CommonJS file with module, exports, require, __filename and __dirname', async () => {
    await writeFile(file, script(1));
    const { exports, fromCache } = requireWithCodeCache(file, { cacheDir, variant: 'build' });
    expect(exports).toMatchObject({ answer: 1, file, dir, sep: path.sep });
    expect(fromCache).toBe(false);
  });

  it('compiles from the cache the run before saved, kept per variant', async () => {
    await writeFile(file, script(1));
    requireWithCodeCache(file, { cacheDir, variant: 'build' }).saveCache();
    const again = requireWithCodeCache(file, { cacheDir, variant: 'build' });
    expect(again.fromCache).toBe(true);
    expect((again.exports as { twice: (x: number) => number }).twice(21)).toBe(42);
    expect(requireWithCodeCache(file, { cacheDir, variant: 'pdf' }).fromCache).toBe(false);
  });

  it('never runs the cache of another text of the same length, and drops it once the new one is saved', async () => {
    await writeFile(file, script(1));
    requireWithCodeCache(file, { cacheDir, variant: 'build' }).saveCache();
    await writeFile(file, script(2));
    const changed = requireWithCodeCache(file, { cacheDir, variant: 'build' });
    expect(changed.fromCache).toBe(false);
    expect(changed.exports).toMatchObject({ answer: 2 });
    changed.saveCache();
    expect(await readdir(cacheDir)).toHaveLength(1);
    expect(requireWithCodeCache(file, { cacheDir, variant: 'build' }).fromCache).toBe(true);
  });

  it.skipIf(process.platform === 'win32')('ignores a cache folder others can write to', async () => {
    await writeFile(file, script(1));
    requireWithCodeCache(file, { cacheDir, variant: 'build' }).saveCache();
    await chmod(cacheDir, 0o777);
    expect(requireWithCodeCache(file, { cacheDir, variant: 'build' }).fromCache).toBe(false);
  });

  it('runs without a cache where none can be written', async () => {
    await writeFile(file, script(1));
    await mkdir(path.dirname(cacheDir), { recursive: true });
    await writeFile(cacheDir, 'a file where the folder would go');
    const loaded = requireWithCodeCache(file, { cacheDir, variant: 'build' });
    expect(() => loaded.saveCache()).not.toThrow();
    expect(loaded.exports).toMatchObject({ answer: 1 });
  });

  it('refuses a variant that is not a command word', async () => {
    await writeFile(file, script(1));
    expect(() => requireWithCodeCache(file, { cacheDir, variant: '../x' })).toThrow(/variant/u);
  });
});
