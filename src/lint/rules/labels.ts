import { chineseNumeralText } from '../../text/numbers.js';

/** The label `written` with `ordinal` in place of its number, in the same form: 三、 → 二、, （3） → （2）. */
export function chineseLabel(written: string, ordinal: number): string {
  return /\d/u.test(written) ? written.replace(/\d+/u, String(ordinal)) : written.replace(/[一二三四五六七八九十]+/u, chineseNumeralText(ordinal));
}
