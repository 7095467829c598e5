import { chineseNumeral } from '../text/numbers.js';

/** 2016年4月29日, also with the spaces a PDF puts between digits and characters. */
const arabicDate = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
/** 二〇一六年四月二十九日: documents before GB/T 9704-2012 wrote dates in Chinese numerals (○ often stands in for 〇). */
const chineseDate = /([〇○零一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/u;

/** A date pattern (either form) for building larger patterns; read the match with {@link readDate}. */
export const datePattern = `(?:${arabicDate.source}|${chineseDate.source})`;

/** The ISO form (2016-04-29) of a date written in Chinese, if `text` is exactly one real date. */
export function readDate(text: string): string | undefined {
  const trimmed = text.trim();
  const arabic = new RegExp(`^${arabicDate.source}$`, 'u').exec(trimmed);
  const chinese = arabic ? undefined : new RegExp(`^${chineseDate.source}$`, 'u').exec(trimmed);
  let parts: number[] | undefined;
  if (arabic) parts = arabic.slice(1, 4).map(Number);
  if (chinese) {
    const year = Number([...chinese[1]!].map((digit) => (digit === '○' ? 0 : chineseNumeral(digit))).join(''));
    parts = [year, chineseNumeral(chinese[2]!), chineseNumeral(chinese[3]!)];
  }
  if (!parts) return undefined;
  const [year, month, day] = parts as [number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
