import { lstat, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { withFolderLock } from './lock.js';
import { manifestFileName, manifestText, readManifest } from './manifest.js';
import { checkOutDir } from './out-dir.js';

export interface Publication {
  /** The finished files, in the run's own temporary folder. */
  stagingDir: string;
  /** Their paths relative to `stagingDir` (forward slashes), as they go into the output folder. */
  files: readonly string[];
  /** Output files of this kind that an earlier run wrote and this one did not are removed (stale fonts, slides). */
  replaces: (file: string) => boolean;
  /** The folder the input came from (see checkOutDir). */
  sourceDir?: string;
  force?: boolean;
}

/**
 * Moves a run's finished files into the output folder: every file is checked first (a folder in
 * the way, a file notice-deck did not write), then each is copied in beside its target and renamed
 * over it, so a reader sees the old file or the new one, never half of one. Files an earlier run
 * wrote and this one replaces are removed, and the folder's manifest lists what is there.
 */
export async function publish(outDir: string, publication: Publication): Promise<void> {
  await withFolderLock(outDir, async () => {
    // Under the lock no other run is publishing: what is in the folder now is what stays.
    await checkOutDir(outDir, { ...publication, underLock: true });
    const manifest = (await readManifest(outDir)) ?? { files: [] };
    const ours = new Set(manifest.files);
    for (const file of publication.files) await checkTarget(outDir, file, ours, publication.force ?? false);
    for (const file of publication.files) await copyAtomic(path.join(publication.stagingDir, file), path.join(outDir, file));
    const written = new Set(publication.files);
    const stale = manifest.files.filter((file) => publication.replaces(file) && !written.has(file));
    for (const file of stale) await rm(path.join(outDir, file), { force: true });
    const kept = manifest.files.filter((file) => !stale.includes(file));
    await writeFileAtomic(path.join(outDir, manifestFileName), manifestText({ files: [...kept, ...written] }));
  });
}

async function checkTarget(outDir: string, file: string, ours: Set<string>, force: boolean): Promise<void> {
  const target = path.join(outDir, file);
  const shown = path.relative(process.cwd(), target) || target;
  const info = await lstat(target).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'ENOTDIR') throw new UserError(`${shown}：上级路径里有一个同名的文件，放不下这个文件夹；请删掉那个文件或换一个输出文件夹`);
    throw error;
  });
  if (!info) return;
  if (info.isDirectory()) throw new UserError(`${shown}：这里是一个文件夹，notice-deck 要在这里写文件；请删掉或改名这个文件夹，或换一个输出文件夹`);
  if (!ours.has(file) && !force) throw new UserError(`${shown}：这个文件不是 notice-deck 生成的，不会覆盖它；请删掉或改名它，或加 --force`);
}

/** Through writeFileAtomic, so a run killed while publishing leaves temp files the next run removes. */
async function copyAtomic(source: string, target: string): Promise<void> {
  await writeFileAtomic(target, await readFile(source));
}
