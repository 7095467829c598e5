import type { Stats } from 'node:fs';
import { lstat, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { mapConcurrently, parallelFiles } from '../map-concurrently.js';
import { sweepStaleTemps, writeFileAtomic } from '../write-file-atomic.js';
import { withFolderLock } from './lock.js';
import { manifestFileName, manifestText, readManifest } from './manifest.js';
import { checkOutDir } from './out-dir.js';

export interface Publication {
  /** The finished files, in the run's own temporary folder. */
  stagingDir: string;
  /** Their paths relative to `stagingDir` (forward slashes), as they go into the output folder. */
  files: readonly string[];
  /** The data of those of them the run holds in memory, by the same path: not read from `stagingDir`, which need not have them. */
  contents?: ReadonlyMap<string, string | Uint8Array>;
  /** Output files of this kind that an earlier run wrote and this one did not are removed (stale fonts, slides). */
  replaces: (file: string) => boolean;
  /** The folder the input came from (see checkOutDir). */
  sourceDir?: string;
  force?: boolean;
}

/**
 * Moves a run's finished files into the output folder: every file is checked first (a folder in
 * the way, a file notice-deck did not write), then each is copied in beside its target and renamed
 * over it, so a reader sees the old file or the new one, never half of one. A target that already
 * holds the same bytes is left alone: a rebuild mostly makes the files it made last time (fonts are
 * named by their content). Pages (.html) go in last, so a page never names a file not there yet.
 * Files an earlier run wrote and this one replaces are removed, and the folder's manifest lists
 * what is there.
 */
export async function publish(outDir: string, publication: Publication): Promise<void> {
  await withFolderLock(outDir, async () => {
    // Under the lock no other run is publishing: what is in the folder now is what stays.
    await checkOutDir(outDir, { ...publication, underLock: true });
    const manifest = (await readManifest(outDir)) ?? { files: [] };
    const ours = new Set(manifest.files);
    const found = await mapConcurrently(publication.files, parallelFiles, (file) => lstat(path.join(outDir, file)).catch((error: NodeJS.ErrnoException) => error));
    const existing = new Map(publication.files.map((file, index) => [file, checkTarget(outDir, file, found[index]!, ours, publication.force ?? false)]));
    // Every folder is swept of a killed run's temp files, also one where every file is unchanged.
    await mapConcurrently([...new Set(publication.files.map((file) => path.dirname(path.join(outDir, file))))], parallelFiles, sweepStaleTemps);
    const put = async (file: string) => copyUnlessSame(await stagedData(publication, file), path.join(outDir, file), existing.get(file));
    const pages = publication.files.filter((file) => file.endsWith('.html'));
    await mapConcurrently(publication.files.filter((file) => !file.endsWith('.html')), parallelFiles, put);
    await mapConcurrently(pages, parallelFiles, put);
    const written = new Set(publication.files);
    const stale = manifest.files.filter((file) => publication.replaces(file) && !written.has(file));
    await mapConcurrently(stale, parallelFiles, (file) => rm(path.join(outDir, file), { force: true }));
    const kept = manifest.files.filter((file) => !stale.includes(file));
    await writeFileAtomic(path.join(outDir, manifestFileName), manifestText({ files: [...kept, ...written] }));
  });
}

/** What is at the target now (`found`: its lstat, or the error lstat gave): a file of ours or nothing; anything else is refused. */
function checkTarget(outDir: string, file: string, found: Stats | NodeJS.ErrnoException, ours: Set<string>, force: boolean): Stats | undefined {
  const target = path.join(outDir, file);
  const shown = path.relative(process.cwd(), target) || target;
  if (found instanceof Error) {
    if (found.code === 'ENOENT') return undefined;
    if (found.code === 'ENOTDIR') throw new UserError(`${shown}：上级路径里有一个同名的文件，放不下这个文件夹；请删掉那个文件或换一个输出文件夹`);
    throw found;
  }
  if (found.isDirectory()) throw new UserError(`${shown}：这里是一个文件夹，notice-deck 要在这里写文件；请删掉或改名这个文件夹，或换一个输出文件夹`);
  if (!ours.has(file) && !force) throw new UserError(`${shown}：这个文件不是 notice-deck 生成的，不会覆盖它；请删掉或改名它，或加 --force`);
  return found;
}

/** A staged file's data: from memory if the run holds it, else from the staging folder. */
async function stagedData(publication: Publication, file: string): Promise<Buffer> {
  const held = publication.contents?.get(file);
  if (held === undefined) return readFile(path.join(publication.stagingDir, file));
  return typeof held === 'string' ? Buffer.from(held) : Buffer.from(held.buffer, held.byteOffset, held.byteLength);
}

/**
 * Writes `data` through writeFileAtomic, so a run killed while publishing leaves temp files the
 * next run removes; skipped when `existing`, the target, is a plain file with the same bytes.
 */
async function copyUnlessSame(data: Buffer, target: string, existing: Stats | undefined): Promise<void> {
  if (existing?.isFile() && existing.size === data.length && data.equals(await readFile(target))) return;
  await writeFileAtomic(target, data);
}

