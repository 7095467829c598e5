import { textWidth } from './width.js';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Particles a line may end after, and words a line may start with, although they are one character. */
const breakAfter = new Set(['的', '和', '与', '及', '并', '或', '、', '，', '：', '；', '”', '）', '》', '〕']);
const breakBefore = new Set(['在', '和', '与', '及', '对', '把', '为', '关于', '“', '（', '《']);

/**
 * Pieces of text that must stay on one line: words, with one-character words kept to their
 * neighbours (习|近平, 信息|化 are not places to break a title) unless a particle allows it.
 */
function unbreakableRuns(text: string): string[] {
  const runs: string[] = [];
  let previous = '';
  for (const { segment } of segmenter.segment(text)) {
    const canBreak =
      runs.length === 0 ||
      ((previous.length >= 2 && segment.length >= 2 && !/^[\p{P}]/u.test(segment)) || breakAfter.has(previous) || breakBefore.has(segment));
    if (canBreak) runs.push(segment);
    else runs[runs.length - 1] = (runs.at(-1) ?? '') + segment;
    previous = segment;
  }
  return runs;
}

/**
 * Breaks a title into the fewest lines of at most `maxWidth` em, keeping words whole and making
 * the lines as even as possible (GB/T 9704 asks for a balanced shape). A run longer than a line
 * gets a line of its own; the browser wraps it.
 */
export function balanceLines(text: string, maxWidth: number): string[] {
  const runs = unbreakableRuns(text);
  const widths = runs.map(textWidth);
  const n = runs.length;
  const width = (from: number, to: number) => widths.slice(from, to).reduce((sum, w) => sum + w, 0);
  // best[k][i]: smallest possible longest line when the first i runs are set in k lines.
  for (let lines = 1; lines <= n; lines++) {
    const best: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(Infinity));
    const cut: number[][] = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(0));
    best[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= n; i++) {
        for (let j = k - 1; j < i; j++) {
          const line = width(j, i);
          if (line > maxWidth && i - j > 1) continue;
          const worst = Math.max(best[k - 1]![j]!, line);
          if (worst < best[k]![i]!) {
            best[k]![i] = worst;
            cut[k]![i] = j;
          }
        }
      }
    }
    if (best[lines]![n]! <= maxWidth || lines === n) {
      const result: string[] = [];
      for (let k = lines, i = n; k > 0; i = cut[k]![i]!, k--) result.unshift(runs.slice(cut[k]![i]!, i).join(''));
      return result;
    }
  }
  return [text];
}
