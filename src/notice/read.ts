import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { UserError } from '../errors.js';

/** The file a deck folder holds its notice in. */
export const noticeFileName = 'notice.md';

/**
 * The largest notice.md notice-deck takes: 512 KB is some 170,000 Chinese characters, ten times the
 * longest real notice, and already a deck of about 1,000 slides. Beyond it a build, and above all a
 * PDF export, runs for many minutes and may exhaust the browser: refusing at once says more.
 */
export const maxNoticeBytes = 512 * 1024;

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
  const displayPath = path.relative(process.cwd(), noticePath) || noticePath;
  const noticeInfo = await stat(noticePath).catch(() => {
    throw new UserError(`${displayPath}：找不到这个文件；幻灯片文件夹里要有 ${noticeFileName}`);
  });
  if (noticeInfo.isDirectory()) throw new UserError(`${displayPath}：这是一个文件夹；${noticeFileName} 应当是通知的文本文件`);
  if (noticeInfo.size > maxNoticeBytes) {
    throw new UserError(`${displayPath}：有 ${Math.ceil(noticeInfo.size / 1024)} KB，超过了 ${maxNoticeBytes / 1024} KB 的上限（一份通知一般不到 50 KB）：请只放一份通知的文字`);
  }
  const bytes = await readFile(noticePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${displayPath}：不是 UTF-8 编码的文本：请另存为 UTF-8（WPS/Word/记事本：另存为 → 编码选 UTF-8）`);
  }
  const directory = path.dirname(noticePath);
  return { name: path.basename(directory), directory, file: new VFile({ path: displayPath, value: text }) };
}
