import { createHash } from 'node:crypto';
import { lstat, readdir, readFile, readlink } from 'node:fs/promises';
import path from 'node:path';

/** Every file, folder and link under `dir` with what it holds: equal snapshots mean nothing was written there. */
export async function snapshotTree(dir: string): Promise<Map<string, string>> {
  const snapshot = new Map<string, string>();
  const walk = async (current: string) => {
    for (const entry of await readdir(current)) {
      const file = path.join(current, entry);
      const info = await lstat(file);
      const relative = path.relative(dir, file);
      if (info.isSymbolicLink()) snapshot.set(relative, `link ${await readlink(file)}`);
      else if (info.isDirectory()) {
        snapshot.set(relative, `folder ${info.mode}`);
        await walk(file);
      } else snapshot.set(relative, `file ${info.mode} ${createHash('sha256').update(await readFile(file).catch(() => Buffer.from('unreadable'))).digest('hex')}`);
    }
  };
  await walk(dir);
  return snapshot;
}
