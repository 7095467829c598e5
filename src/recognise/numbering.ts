import { chineseNumeral } from '../text/numbers.js';

/** The four numbering levels of a 公文 body: 一、 / （一） / 1. / （1）. */
export type SectionLevel = 1 | 2 | 3 | 4;

export interface Numbering {
  level: SectionLevel;
  /** The label as written, e.g. `一、`, `（一）`, `1.`, `1)`, `（1）`. */
  label: string;
  ordinal: number;
}

const patterns: [SectionLevel, RegExp, (digits: string) => number][] = [
  // 一. and 一． are typed by hand for 一、 (a web copy mixes them); 一、2024年… is a heading too.
  [1, /^([一二三四五六七八九十]{1,3})(?:、|[.．](?!\d))/u, chineseNumeral],
  [2, /^[（(]([一二三四五六七八九十]{1,3})[)）]/u, chineseNumeral],
  // 1) and 1） are not the standard's, but common in notices typed by hand.
  [3, /^(\d{1,2})[.．、)）](?!\d)/u, Number],
  [4, /^[（(](\d{1,2})[)）]/u, Number],
];

/** The numbering a heading or paragraph starts with, if any. */
export function readNumbering(text: string): Numbering | undefined {
  for (const [level, pattern, value] of patterns) {
    const match = pattern.exec(text);
    if (!match) continue;
    const ordinal = value(match[1]!);
    if (Number.isFinite(ordinal) && ordinal > 0) return { level, label: match[0], ordinal };
  }
  return undefined;
}

/** Circled and parenthesised numbers (① ⑴ ❶), which notices use for items below （1）. */
const symbolNumber = /^[\u2460-\u2487\u2776-\u277f]/u;

/** Whether a line starts with a number of its own: a section's (一、 （一） 1. （1）) or an item's (① ⑴). */
export function startsWithNumber(text: string): boolean {
  const start = text.trimStart();
  return symbolNumber.test(start) || readNumbering(start) !== undefined;
}
