import { readNumbering, type SectionLevel } from '../recognise/numbering.js';
import { contactNumberEnd } from '../text/contact.js';
import { textWidth } from '../text/width.js';
import type { SourceLine } from './lines.js';

/**
 * A web copy can lose the line breaks of a notice but keep the spaces around them: headings,
 * items and text come on one line (一.活动主题 弘扬五四精神 … 二、活动时间 4月20日 三、…).
 * This puts each numbered item back on a line of its own, and a short heading's text under it; the
 * entries of a row set in columns (a list of names) too.
 */

/** A numbering label after white space, where a lost line break was. */
const spacedLabel = /\s+(?=[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[、.．)）](?!\d)|[（(]\d{1,2}[)）])/gu;
/** A level-1 or level-2 heading that is a short name (活动时间, 校级活动（…）) followed by white space and its text. */
const headingWithText = /^((?:[一二三四五六七八九十]{1,3}[、.．]|[（(][一二三四五六七八九十]{1,3}[)）])\s*\p{Script=Han}{2,8}(?:[（(][^（）()]{1,20}[)）])?)\s+(\S.*)$/u;

/**
 * Each line, cut before the numbering labels that go on with the numbering so far (二、 after
 * 一、, 1、 to start a list, 6、 after 5、), so an ordinary number in a sentence stays; then a
 * numbered short heading followed by its text is cut after the heading.
 */
export function splitRunTogether(lines: readonly SourceLine[]): SourceLine[] {
  const last = new Map<SectionLevel, number>();
  const seen = (level: SectionLevel, ordinal: number) => {
    last.set(level, ordinal);
    for (const deeper of [2, 3, 4] as const) if (deeper > level) last.delete(deeper);
  };
  const result: SourceLine[] = [];
  for (const line of lines) {
    const pieces: string[] = [];
    let start = 0;
    const first = readNumbering(line.text);
    if (first) seen(first.level, first.ordinal);
    for (const match of line.text.matchAll(spacedLabel)) {
      const at = match.index + match[0].length;
      const numbering = readNumbering(line.text.slice(at))!;
      if (numbering.ordinal !== 1 && numbering.ordinal !== (last.get(numbering.level) ?? 0) + 1) continue;
      seen(numbering.level, numbering.ordinal);
      pieces.push(line.text.slice(start, match.index));
      start = at;
    }
    pieces.push(line.text.slice(start));
    for (const piece of pieces.flatMap(columns).filter((text) => text !== '')) {
      const heading = headingWithText.exec(piece);
      const texts = heading ? [heading[1]!, heading[2]!] : [piece];
      result.push(...texts.map((text) => ({ ...line, text })));
    }
  }
  return result;
}

/** A row of a list set in columns (names, branches: 陈思远（计算机学院）  林雨桐（外国语学院）  …): wide gaps, short entries, no sentence. */
const columnGap = /[ \t]{2,}|\u3000+/u;
const columnMaxWidth = 16;

/** The entries of a row set in columns, each a line of its own; any other line as it is (a contact's unit, name and number stay together). */
function columns(text: string): string[] {
  if (contactNumberEnd.test(text.trim())) return [text];
  const entries = text.split(columnGap).map((entry) => entry.trim());
  const isEntry = (entry: string) => entry !== '' && textWidth(entry) <= columnMaxWidth && !/[：:。；;，,、！？]/u.test(entry);
  return entries.length >= 3 && entries.every(isEntry) ? entries : [text];
}
