import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '../errors.js';

/**
 * The small file notice-deck leaves in every folder it writes to, listing the files it wrote
 * there: it marks the folder as notice-deck's, and it is how a later run knows which files it may
 * replace or remove. Everything else in the folder belongs to the user and is never touched.
 */
export const manifestFileName = '.notice-deck.json';

export interface Manifest {
  /** Paths relative to the folder, with forward slashes, sorted. */
  files: string[];
}

const generator = 'notice-deck';

/** The folder's manifest, or undefined when notice-deck has not written there. */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  const file = path.join(dir, manifestFileName);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    if (code === 'EISDIR') throw new UserError(`${file}：应当是 notice-deck 的记录文件，却是一个文件夹；请删掉它或换一个输出文件夹`);
    throw error;
  }
  const data = parse(text);
  if (!data) throw new UserError(`${file}：notice-deck 的记录文件坏了；请删掉它（再加 --force）或换一个输出文件夹`);
  return data;
}

function parse(text: string): Manifest | undefined {
  try {
    const data = JSON.parse(text) as { generator?: unknown; files?: unknown };
    if (data.generator !== generator || !Array.isArray(data.files)) return undefined;
    // A hand-edited entry must not lead a later run out of the folder.
    const files = data.files.filter((file): file is string => typeof file === 'string' && isInside(file));
    return { files };
  } catch {
    return undefined;
  }
}

export function manifestText(manifest: Manifest): string {
  return `${JSON.stringify({ generator, files: [...new Set(manifest.files)].sort() }, null, 2)}\n`;
}

/** A relative path that stays inside its folder: no `..`, not absolute. */
export function isInside(relative: string): boolean {
  return relative !== '' && !path.isAbsolute(relative) && !relative.split(/[\\/]/u).includes('..');
}
