import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { UserError } from '../errors.js';

/** The file a deck folder holds its notice in. */
export const noticeFileName = 'notice.md';

export interface DeckSource {
  /** The deck's name: its folder's name, used for output paths. */
  name: string;
  /** The deck folder. */
  directory: string;
  file: VFile;
}

/**
 * Reads a deck folder (or its notice.md directly) into a VFile, refusing what is not UTF-8:
 * a notice saved as GBK by an old editor would otherwise turn into mojibake slides silently.
 */
export async function readDeckSource(input: string): Promise<DeckSource> {
  const resolved = path.resolve(input);
  const info = await stat(resolved).catch(() => {
    throw new UserError(`${input}：找不到这个文件或文件夹；请给出放有 ${noticeFileName} 的幻灯片文件夹`);
  });
  const noticePath = info.isDirectory() ? path.join(resolved, noticeFileName) : resolved;
  const bytes = await readFile(noticePath).catch(() => {
    throw new UserError(`${path.relative(process.cwd(), noticePath) || noticePath}：找不到这个文件；幻灯片文件夹里要有 ${noticeFileName}`);
  });
  const displayPath = path.relative(process.cwd(), noticePath) || noticePath;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${displayPath}：不是 UTF-8 编码的文本：请另存为 UTF-8（WPS/Word/记事本：另存为 → 编码选 UTF-8）`);
  }
  const directory = path.dirname(noticePath);
  return { name: path.basename(directory), directory, file: new VFile({ path: displayPath, value: text }) };
}
