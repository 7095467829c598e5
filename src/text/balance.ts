import { textWidth } from './width.js';
import { chineseWords } from './words.js';

/** Words after which a title may always break: they end a phrase (关于…的通知, A和B). */
const phraseEnds = new Set(['的', '和', '与', '及', '并', '在', '对', '为', '关于', '进一步']);

/**
 * Pieces of text that must stay on one line. The dictionary segmenter cuts names it does not
 * know (习|近平) and suffixes (信息|化), so a break needs words of at least two characters on both
 * sides, or a word that ends a phrase before it, or punctuation that closes before / opens after
 * it. Numbers, dates and document numbers (2016年, 〔2016〕9号) are never cut.
 */
export function unbreakableRuns(text: string, names: readonly string[] = []): string[] {
  const issuers = knownNames(text, names) ?? issuerNames(text);
  if (issuers) return [...issuers, ...wordRuns(text.slice(issuers.join('').length))];
  return wordRuns(text);
}

/** The names a title starts with, as `names` gives them (the notice's issuers), each with the space or 、 after it. */
function knownNames(text: string, names: readonly string[]): string[] | undefined {
  const runs: string[] = [];
  let at = 0;
  for (const name of names) {
    if (!text.startsWith(name, at)) break;
    const gap = /^[\s、]*/u.exec(text.slice(at + name.length))![0];
    runs.push(text.slice(at, at + name.length + gap.length));
    at += name.length + gap.length;
  }
  return runs.length > 0 ? runs : undefined;
}

/**
 * The issuers a title starts with ("共青团某某省委员会 某某省教育厅关于…"), each name whole with
 * the space or 、 after it. The segmenter cuts organs' names badly (共青团|某某|省|委员|会,
 * 学生|联合会), and a line may break only between names. Undefined when the title names no issuer.
 */
function issuerNames(text: string): string[] | undefined {
  const match = /^([\p{Script=Han}\s、]{4,80}?)关于/u.exec(text);
  if (!match || !organEnding.test(match[1]!.trim())) return undefined;
  const names = match[1]!.split(/(?<=[\s、])(?=\p{Script=Han})/u);
  return names.every((name) => organEnding.test(name.trim().replace(/、$/u, ''))) ? names : undefined;
}

/** How an organ's name ends (委员会, 教育厅, 学生联合会, 团委, 办公室, 大学 …). */
const organEnding = /(?:会|厅|局|委|部|处|办|室|院|校|学|团|中央|政府|公司|中心)$/u;

/** A slogan or term in quotes (“青春心向党 建功新时代”) up to this many characters is never cut. */
const quoteMaxLength = 16;

function wordRuns(text: string): string[] {
  const segments = [...chineseWords.segment(text)];
  const quotes = [...text.matchAll(new RegExp(`“[^“”]{1,${quoteMaxLength}}”`, 'gu'))].map((match) => [match.index, match.index + match[0].length] as const);
  const inQuote = (offset: number) => quotes.some(([start, end]) => offset > start && offset < end);
  const runs: string[] = [];
  segments.forEach(({ segment, index: offset }, index) => {
    const previous = segments[index - 1]?.segment;
    if (previous === undefined || (!inQuote(offset) && breakBetween(previous, segment))) runs.push(segment);
    else runs[runs.length - 1] += segment;
  });
  return runs;
}

function breakBetween(before: string, after: string): boolean {
  if (/[\p{Nd}〔〕]$/u.test(before) || /^[\p{Nd}〔〕]/u.test(after)) return false;
  if (/[《“‘「『【（(［]$/u.test(before) || /^[》”’」』】）)］，。、：；！？]/u.test(after)) return false;
  if (/[》”’」』】）)］，。、：；！？]$/u.test(before) || /^[《“‘「『【（(［]/u.test(after)) return true;
  if (phraseEnds.has(before)) return true;
  return isWord(before) && isWord(after);
}

/** Two or more Han characters: a word the segmenter is sure of. */
function isWord(segment: string): boolean {
  return /^\p{Script=Han}{2,}$/u.test(segment);
}

/** What a break costs when it does not follow punctuation, against the squared slack of lines. */
const breakInsideClause = 24;

/**
 * Breaks a title into the fewest lines of at most `maxWidth` em, keeping words whole, making the
 * lines as even as possible (GB/T 9704 asks for a balanced shape) and breaking after a comma
 * where that costs little evenness. `names` (the issuers a title starts with) are kept whole. A run longer than a line gets a line of its own; the browser
 * wraps it.
 */
export function balanceLines(text: string, maxWidth: number, names: readonly string[] = []): string[] {
  const runs = unbreakableRuns(text, names);
  const widths = runs.map(textWidth);
  const n = runs.length;
  const width = (from: number, to: number) => widths.slice(from, to).reduce((sum, w) => sum + w, 0);
  const fits = (from: number, to: number) => to - from === 1 || width(from, to) <= maxWidth;
  const breakCost = (at: number) => (at === n || /[，、：；。）》”]$/u.test(runs[at - 1]!) ? 0 : breakInsideClause);
  for (let lines = 1; lines <= n; lines++) {
    // cost[k][i]: the least cost of setting the first i runs in k lines.
    const cost = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(Infinity));
    const cut = Array.from({ length: lines + 1 }, () => Array<number>(n + 1).fill(0));
    cost[0]![0] = 0;
    for (let k = 1; k <= lines; k++) {
      for (let i = 1; i <= n; i++) {
        for (let j = k - 1; j < i; j++) {
          if (!fits(j, i) || cost[k - 1]![j] === Infinity) continue;
          const total = cost[k - 1]![j]! + (maxWidth - width(j, i)) ** 2 + breakCost(i);
          if (total < cost[k]![i]!) {
            cost[k]![i] = total;
            cut[k]![i] = j;
          }
        }
      }
    }
    if (cost[lines]![n]! < Infinity) {
      const result: string[] = [];
      for (let k = lines, i = n; k > 0; i = cut[k]![i]!, k--) result.unshift(runs.slice(cut[k]![i]!, i).join(''));
      return result;
    }
  }
  return [text];
}
