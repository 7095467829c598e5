import { createHash } from 'node:crypto';
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { isOwnFolder } from '../user-cache.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/**
 * Every layout template parsed as an HTML fragment, kept as JSON in `cacheDir` (if given) under a
 * hash of the texts: in a command's fresh process parse5 takes ~20 ms for the two dozen built-in
 * templates, reading their trees back about one.
 */
export async function parseTemplates(texts: readonly string[], cacheDir?: string): Promise<Root[]> {
  if (!cacheDir) return texts.map(parseTemplate);
  const hash = createHash('sha1');
  for (const text of texts) hash.update(text).update('\0');
  const file = path.join(cacheDir, `${hash.digest('hex')}.json`);
  const cached = await readCached(file);
  if (cached?.length === texts.length) return cached;
  const trees = texts.map(parseTemplate);
  // Best effort: without the cache the next run parses again. The folder is made the user's alone
  // (0700), whatever the umask: one others may write to is never read (readCached).
  await mkdir(cacheDir, { recursive: true, mode: 0o700 })
    .then(() => writeFileAtomic(file, JSON.stringify(trees)))
    .catch(() => {});
  return trees;
}

function parseTemplate(text: string): Root {
  return fromHtml(text, { fragment: true });
}

/** The trees in `file`, if it is there in a folder only this user writes to (see isOwnFolder). */
async function readCached(file: string): Promise<Root[] | undefined> {
  try {
    if (!isOwnFolder(path.dirname(file))) return undefined;
    const trees: unknown = JSON.parse(await readFile(file, 'utf8'));
    return Array.isArray(trees) ? (trees as Root[]) : undefined;
  } catch {
    return undefined;
  }
}
