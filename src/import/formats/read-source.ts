import path from 'node:path';
import { UserError } from '../../errors.js';
import { decodeText, readLines, type CleanLines } from '../lines.js';
import { docLines } from './doc.js';
import { docxLines } from './docx.js';
import { htmlLines } from './html.js';
import { pdfLines } from './pdf-lines.js';
import { readPdfText } from './pdf-text.js';

/** The formats import reads, by their first bytes: a file saved with the wrong extension still reads right. */
const signatures: [Format, number[]][] = [
  ['pdf', [0x25, 0x50, 0x44, 0x46]],
  ['docx', [0x50, 0x4b, 0x03, 0x04]],
  ['doc', [0xd0, 0xcf, 0x11, 0xe0]],
];

type Format = 'pdf' | 'docx' | 'doc' | 'html' | 'text';

/** A PDF with fewer characters than this on its pages has no text layer worth the name: a scan. */
const scanThreshold = 10;

/**
 * The lines of a notice file, whatever its format: PDF, Word (.docx, .doc), a saved web page
 * (.html, .htm) or plain text (.txt, .md). Each format's reader keeps what the format knows
 * about the lines (see LineHints); the repair after this is the same for all.
 */
export async function readSource(bytes: Uint8Array, displayPath: string): Promise<CleanLines> {
  const format = formatOf(bytes, displayPath);
  try {
    switch (format) {
      case 'pdf': {
        const pages = await readPdfText(bytes);
        const text = pages.flatMap((page) => page.runs.map((run) => run.text)).join('').replace(/\s+/gu, '');
        if (text.length < scanThreshold) {
          throw new UserError(`${displayPath}：这个 PDF 里没有文字，只有图片（多半是扫描件）；请先用 WPS 或 Word 的“图片转文字”（OCR）识别出文字，另存为 .docx 或 .txt 再导入`);
        }
        if (isGarbled(text)) {
          throw new UserError(`${displayPath}：这个 PDF 里的文字读出来是乱码（字体编码不全）；请用 WPS 或 Word 打开后另存为 .docx 再导入，或把文字复制到 .txt 里`);
        }
        return pdfLines(pages);
      }
      case 'docx':
        return await docxLines(bytes);
      case 'doc':
        return await docLines(bytes);
      case 'html':
        return htmlLines(decodeText(bytes, displayPath));
      case 'text':
        return readLines(decodeText(bytes, displayPath));
    }
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${displayPath}：读不出这个${formatNames[format]}文件（文件可能已损坏或加了密码）；请用 WPS 或 Word 打开后另存一份再导入`);
  }
}

const formatNames: Record<Format, string> = { pdf: ' PDF ', docx: ' Word ', doc: ' Word ', html: '网页', text: '文本' };

/**
 * A text layer whose fonts map many glyphs to one character (首首首首): no Chinese character makes
 * up a quarter of a real text (的, the most frequent, is about 4 %).
 */
export function isGarbled(text: string): boolean {
  const han = text.match(/\p{Script=Han}/gu) ?? [];
  if (han.length < 50) return false;
  const counts = new Map<string, number>();
  for (const char of han) counts.set(char, (counts.get(char) ?? 0) + 1);
  return Math.max(...counts.values()) > han.length / 4;
}

function formatOf(bytes: Uint8Array, displayPath: string): Format {
  const signed = signatures.find(([, magic]) => magic.every((byte, index) => bytes[index] === byte));
  if (signed) return signed[0];
  return /^\.html?$/iu.test(path.extname(displayPath)) ? 'html' : 'text';
}
