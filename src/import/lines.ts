import { UserError } from '../errors.js';

/**
 * A non-blank line of the notice, cleaned, with its 1-based line number in the file (for a PDF,
 * Word file or web page: its position among the lines read). Every format reader produces these.
 */
export interface SourceLine {
  text: string;
  line: number;
  /** What the format knew beyond the text; a plain text file knows none of it. */
  hints?: LineHints;
}

export interface LineHints {
  /**
   * true: the line starts a paragraph (a Word paragraph, an indented PDF line); false: it goes on
   * with the line before (a PDF line that was not indented after a full line). Unknown: guessed.
   */
  paragraphStart?: boolean;
  /** Printed in red: the issuing-body mark (版头). */
  red?: boolean;
  /** Set larger than the body text and not red: the title. */
  large?: boolean;
  /** Set in bold from its start: a heading or a run-in heading. */
  bold?: boolean;
}

export interface CleanLines {
  lines: SourceLine[];
  /** How many page-number lines were dropped. */
  pageNumbers: number;
}

/**
 * The text of a text file or web page. A GBK or UTF-16 file would otherwise become mojibake in
 * the deck, so anything but UTF-8 is refused, with a pointer to the fix.
 */
export function decodeText(bytes: Uint8Array, displayPath: string): string {
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

export function isPageNumber(text: string): boolean {
  return pageNumberPatterns.some((pattern) => pattern.test(text));
}

/** Characters that take no room and only confuse matching (zero-width spaces from Word and web pages). */
export const invisible = /[\u200b-\u200d\u2060\ufeff\u00ad]/gu;

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
    if (isPageNumber(cleaned)) pageNumbers++;
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
  return outsideQuotes(text, (part) => part.replace(singleSpaceBetweenWide, ''));
}

/**
 * A slogan set as a line of its own (奋斗青春 建功时代), perhaps after its label and number (一、活动主题：):
 * two to four phrases of one length, spaced by the author. A space a line break left has no such shape.
 */
const sloganLine = /^((?:(?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.．、])?\s*\p{Script=Han}{2,8}[：:]\s*)?)(\p{Script=Han}{3,8}(?: \p{Script=Han}{3,8}){1,3})$/u;

/** dropBreakSpaces for a whole line of the body, which keeps a slogan's spaces. */
export function dropLineBreakSpaces(line: string): string {
  const [, label, slogan] = sloganLine.exec(line) ?? [];
  const phrases = slogan?.split(' ');
  return phrases?.every((phrase) => phrase.length === phrases[0]!.length) ? dropBreakSpaces(label!) + slogan : dropBreakSpaces(line);
}

/** A short phrase in quotes: a space in it is the author's (“青春心向党 建功新时代”), not a break's. */
const shortQuote = /(“[^“”\n]{1,24}”)/u;

/** `squeeze` applied to the text outside short quoted phrases. */
function outsideQuotes(text: string, squeeze: (part: string) => string): string {
  return text
    .split(shortQuote)
    .map((part, index) => (index % 2 === 1 ? part : squeeze(part)))
    .join('');
}

/** A number as a web page's automatic spacing sets it apart (2009 年, 运动 90 周年, 总数 10%的); a telephone number is longer. */
const spacedNumber = '(?<![\\dA-Za-z.][ \\t]?)(\\d{1,4}(?:\\.\\d+)?%?)';
const spaceAfterNumber = new RegExp(`${spacedNumber}[ \\t](?=${wide})`, 'gu');
const spaceBeforeNumber = new RegExp(`(?<=${wide})[ \\t](?=\\d{1,4}(?:\\.\\d+)?%?${wide})`, 'gu');

/**
 * Drops the single spaces set around a short number between Chinese characters (2009 年 4 月 →
 * 2009年4月): a web page's or a PDF's spacing, never written in a notice. A longer number (a
 * telephone) and a number beside Latin text or punctuation keep theirs.
 */
export function dropNumberSpaces(text: string): string {
  return text.replace(spaceAfterNumber, '$1').replace(spaceBeforeNumber, '');
}

/** Drops every space between Chinese characters: in a title or the red mark they are only layout (letter-spacing, line breaks). */
export function dropCjkSpaces(text: string): string {
  return outsideQuotes(text, (part) => part.replace(anySpaceBetweenWide, ''));
}

/**
 * Joins two pieces of one sentence: nothing between Chinese text or within a number cut at the
 * margin (20 / 24年), a space between Latin words.
 */
export function joinPieces(first: string, second: string): string {
  const together = wideAtEnd.test(first) || wideAtStart.test(second) || (/\d$/u.test(first) && /^\d/u.test(second));
  return first + (together ? '' : ' ') + second;
}
