const digits: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** The value of a Chinese numeral as used in document numbering: 一 … 九十九. NaN if it is not one. */
export function chineseNumeral(text: string): number {
  if (text === '十') return 10;
  const match = /^([一二三四五六七八九])?十([一二三四五六七八九])?$/u.exec(text);
  if (match) return (match[1] ? digits[match[1]]! : 1) * 10 + (match[2] ? digits[match[2]]! : 0);
  return text.length === 1 && text in digits ? digits[text]! : Number.NaN;
}

/** 1 → 一, 12 → 十二, 20 → 二十: the numerals of document numbering. */
export function chineseNumeralText(value: number): string {
  const names = '零一二三四五六七八九';
  if (value < 10) return names[value]!;
  const tens = Math.floor(value / 10);
  const ones = value % 10;
  return `${tens === 1 ? '' : names[tens]}十${ones ? names[ones] : ''}`;
}
