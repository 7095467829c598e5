/** Rules for lines of Chinese text as set: 禁则 (GB/T 15834 practice) and 孤字. Pure, on strings. */

/** Closing punctuation: never at the start of a line. */
export const noLineStart = '。，、；：？！”’）》】〕';
/** Opening punctuation: never at the end of a line. */
export const noLineEnd = '“‘（《【〔';

const latinOrDigit = /[0-9A-Za-z]/u;
const punctuation = /[\p{P}\p{S}]/gu;

/** What breaks the 禁则 in a block's lines, one Chinese line each. */
export function lineBreakProblems(lines: readonly string[]): string[] {
  const problems: string[] = [];
  lines.forEach((line, i) => {
    const first = line[0];
    const last = line.at(-1);
    const next = lines[i + 1];
    if (i > 0 && first && noLineStart.includes(first)) problems.push(`行“${line}”以“${first}”开头`);
    if (next !== undefined && last && noLineEnd.includes(last)) problems.push(`行“${line}”以“${last}”结尾`);
    if (next !== undefined && last && latinOrDigit.test(last) && latinOrDigit.test(next[0] ?? '')) {
      problems.push(`“${line.slice(-4)}${next.slice(0, 4)}”在数字或字母中间断行`);
    }
  });
  return problems;
}

/**
 * 孤字: the last line of a block of several lines holds a single character (punctuation aside),
 * as in 相辅相 / 成. Returns the message, or undefined.
 */
export function orphanProblem(lines: readonly string[]): string | undefined {
  const last = lines.at(-1);
  if (lines.length < 2 || last === undefined) return undefined;
  if ([...last.replace(punctuation, '')].length > 1) return undefined;
  return `最后一行只有一个字：“${lines.at(-2)} / ${last}”`;
}
