import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';
import { isOwnFolder, userCacheDir } from '../user-cache.js';

/** Where the CLI keeps V8's compiled code. */
export function defaultCodeCacheDir(): string {
  return userCacheDir('code');
}

/** A CommonJS file run through requireWithCodeCache. */
export interface CachedScript {
  exports: unknown;
  /** Whether V8 took the compiled code from the cache. */
  fromCache: boolean;
  /** Keeps V8's code of the functions run so far for the next process; best effort, and nothing to do when it came from the cache. */
  saveCache(): void;
}

/**
 * Runs a CommonJS file as require() would, compiled from V8's code cache in `cacheDir` when that
 * holds one for this file's exact text. Node 20 compiles every module from source at each start
 * (module.enableCompileCache came with Node 22.1); for the bundled CLI that is most of a short run.
 * `variant` names what the run does (the command): V8 caches the functions a run compiled, so
 * each command keeps a cache of its own.
 */
export function requireWithCodeCache(file: string, options: { cacheDir: string; variant: string }): CachedScript {
  if (!/^[a-z][a-z-]*$/u.test(options.variant)) throw new Error(`code cache variant must be lower-case letters and hyphens: ${options.variant}`);
  const source = readFileSync(file);
  // V8 checks a cache only against the source's length, so the name carries a hash of the text.
  const cacheFile = path.join(options.cacheDir, `${options.variant}-${createHash('sha1').update(source).digest('hex')}.bin`);
  const cachedData = readCache(cacheFile);
  // Like Node's own module wrapper: on the first line, so line numbers in stack traces stay the file's.
  const wrapped = `(function (exports, require, module, __filename, __dirname) {${source.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: file, ...(cachedData ? { cachedData } : {}) });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  const module = { exports: {} };
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(file), module, file, path.dirname(file));
  return { exports: module.exports, fromCache, saveCache: () => fromCache || writeCache(script, cacheFile, options.variant) };
}

/** The cache, if there is one in a folder only this user can write to: V8 runs cached code unchecked. */
function readCache(cacheFile: string): Buffer | undefined {
  try {
    if (!isOwnFolder(path.dirname(cacheFile))) return undefined;
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

/** Best effort: a cache that cannot be written only means the next run compiles again. */
function writeCache(script: vm.Script, cacheFile: string, variant: string): void {
  try {
    const dir = path.dirname(cacheFile);
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    if (!isOwnFolder(dir)) return;
    const temp = `${cacheFile}.${process.pid}.tmp`;
    writeFileSync(temp, script.createCachedData());
    renameSync(temp, cacheFile);
    // The caches of earlier builds of the file are of no more use.
    for (const old of readdirSync(dir)) {
      if (new RegExp(`^${variant}-[0-9a-f]{40}\\.bin$`, 'u').test(old) && path.join(dir, old) !== cacheFile) rmSync(path.join(dir, old), { force: true });
    }
  } catch {
    // Nothing to do: see above.
  }
}
