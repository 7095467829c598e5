import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { zip, type AsyncZippable } from 'fflate';
import { lockName } from '../output/lock.js';
import { manifestFileName } from '../output/manifest.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/** Already compressed: deflating them again costs time and gains nothing. */
const stored = /\.(woff2|png|jpe?g|pdf|zip)$/iu;

/**
 * Writes every file under `folder` into the zip `zipPath`, paths inside under `root/`, so that
 * unpacking it gives one folder. fflate: pure JavaScript with no dependencies, small, maintained,
 * and it compresses off the main thread.
 */
export async function zipFolder(folder: string, zipPath: string, root: string): Promise<void> {
  const entries: AsyncZippable = {};
  for (const file of await filesUnder(folder)) {
    const relative = path.relative(folder, file).split(path.sep).join('/');
    // notice-deck's own bookkeeping of the output folder is nothing the branch needs.
    if (relative === manifestFileName || relative.startsWith(`${lockName}/`)) continue;
    entries[`${root}/${relative}`] = [await readFile(file), { level: stored.test(file) ? 0 : 6 }];
  }
  const data = await new Promise<Uint8Array>((resolve, reject) => zip(entries, (error, zipped) => (error ? reject(error) : resolve(zipped))));
  await writeFileAtomic(zipPath, data);
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => path.join(entry.parentPath, entry.name)).sort();
}
