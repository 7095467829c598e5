import { UserError } from '../errors.js';

/** A non-blank line of the raw text, cleaned, with its 1-based line number in the file. */
export interface SourceLine {
  text: string;
  line: number;
}

export interface CleanLines {
  lines: SourceLine[];
  /** How many page-number lines were dropped. */
  pageNumbers: number;
}

/** Files people save by mistake instead of the copied text, by their first bytes. */
const binaryFormats: [string, number[]][] = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]],
  ['Word (.docx)', [0x50, 0x4b, 0x03, 0x04]],
  ['Word (.doc)', [0xd0, 0xcf, 0x11, 0xe0]],
];

/**
 * The text of the copied notice. A GBK or UTF-16 file would otherwise become mojibake in the
 * deck, so anything but UTF-8 is refused, with a pointer to the fix.
 */
export function decodeText(bytes: Uint8Array, displayPath: string): string {
  const format = binaryFormats.find(([, magic]) => magic.every((byte, index) => bytes[index] === byte));
  if (format) throw new UserError(`${displayPath}：这是 ${format[0]} 文件；请把其中的文字复制到一个 .txt 文件里，并保存为 UTF-8 编码`);
  try {
    // UTF-16 text of ASCII characters is valid UTF-8 byte by byte, but has NULs between them.
    if (bytes.includes(0)) throw new Error('NUL');
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new UserError(`${displayPath}：不是 UTF-8 编码的文本：请另存为 UTF-8（WPS/Word/记事本：另存为 → 编码选 UTF-8）`);
  }
}

/** Page numbers as GB/T 9704 prints them (— 1 —) and as other documents do (- 2 -, 第 3 页, 3). */
const pageNumberPatterns = [
  /^[-—–－―─~～]\s*\d{1,3}\s*[-—–－―─~～]$/u,
  /^第\s*\d{1,3}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,3}\s*页)?$/u,
  /^\d{1,3}$/u,
];

/** Characters that take no room and only confuse matching (zero-width spaces from Word and web pages). */
const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

/**
 * Splits the text into its non-blank lines, without indentation (full-width or not), invisible
 * characters and page numbers. Blank lines carry no meaning here: a PDF puts them between
 * paragraphs and at page breaks alike. A form feed is pdftotext's page break.
 */
export function readLines(text: string): CleanLines {
  const lines: SourceLine[] = [];
  let pageNumbers = 0;
  text.split(/\r\n|[\n\r\f\v\u2028\u2029]/u).forEach((raw, index) => {
    // trim() removes U+3000 and U+00A0 too: the indentation Word and WPS use.
    const cleaned = raw.replace(invisible, '').trim();
    if (cleaned === '') return;
    if (pageNumberPatterns.some((pattern) => pattern.test(cleaned))) pageNumbers++;
    else lines.push({ text: cleaned, line: index + 1 });
  });
  return { lines, pageNumbers };
}

/** A full-width character: Han, CJK punctuation, full-width forms, Chinese quotes and dashes. */
const wide = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014]';
const wideAtEnd = new RegExp(`${wide}$`, 'u');
const wideAtStart = new RegExp(`^${wide}`, 'u');
const singleSpaceBetweenWide = new RegExp(`(?<=${wide})[ \\t](?=${wide})`, 'gu');
const anySpaceBetweenWide = new RegExp(`(?<=${wide})\\s+(?=${wide})`, 'gu');

/**
 * Drops the single spaces a PDF leaves between Chinese characters where a line broke. A run of
 * spaces, or a full-width space, is the author's (联系人：张三　电话：…) and stays.
 */
export function dropBreakSpaces(text: string): string {
  return text.replace(singleSpaceBetweenWide, '');
}

/** Drops every space between Chinese characters: in a title or the red mark they are only layout (letter-spacing, line breaks). */
export function dropCjkSpaces(text: string): string {
  return text.replace(anySpaceBetweenWide, '');
}

/** Joins two pieces of one sentence: nothing between Chinese text, a space between Latin words. */
export function joinPieces(first: string, second: string): string {
  return first + (wideAtEnd.test(first) || wideAtStart.test(second) ? '' : ' ') + second;
}
