import { textWidth } from './width.js';
import { chineseWords } from './words.js';

const openers = '（(【〔《“';
const closersOf: Record<string, string> = { '（': '）', '(': ')', '【': '】', '〔': '〕', '《': '》', '“': '”' };
const trailingMarks = /[。！？；，：、.!?;,:]+$/u;

/**
 * A heading short enough for `maxWidth` em, shortened by rule rather than cut at a width: its
 * closing mark dropped ("加强组织领导。" → "加强组织领导"), then any remark in brackets
 * ("工作安排（以实际为准）" → "工作安排"), then all but its first clause; only a heading whose first
 * clause is still too wide is cut, between brackets, never inside them, and marked with "……".
 */
export function shortHeading(heading: string, maxWidth: number): string {
  const plain = heading.trim().replace(trailingMarks, '');
  if (textWidth(plain) <= maxWidth) return plain;
  const unbracketed = withoutBracketedRemarks(plain).replace(trailingMarks, '');
  if (unbracketed && textWidth(unbracketed) <= maxWidth) return unbracketed;
  const clause = firstClause(unbracketed || plain).replace(trailingMarks, '');
  if (textWidth(clause) <= maxWidth) return clause;
  return `${cutOutsideBrackets(clause, maxWidth - 2)}……`;
}

/** A heading for a slide's title: without its bracketed remark (which the notes keep), shortened to `maxWidth` em. */
export function titleHeading(heading: string, maxWidth: number): string {
  return shortHeading(withoutBracketedRemarks(heading) || heading, maxWidth);
}

/** The gist of a heading, for a list of topics: no bracketed remark, its first clause, shortened to `maxWidth` em. */
export function conciseHeading(heading: string, maxWidth: number): string {
  return shortHeading(firstClause(withoutBracketedRemarks(heading) || heading), maxWidth);
}

/**
 * A label of at most `maxWidth` em for a heading: the heading shortened by rule (its first clause,
 * without its remark in brackets) when that fits whole, otherwise the words that end its first
 * clause, which name what it is about (志愿服务工作领导小组 → 工作领导小组); undefined when not
 * even its last word fits.
 */
export function headingLabel(heading: string, maxWidth: number): string | undefined {
  const short = shortHeading(heading, maxWidth);
  if (!short.endsWith('……')) return short;
  const clause = firstClause(withoutBracketedRemarks(heading) || heading).replace(trailingMarks, '');
  const taken: string[] = [];
  for (const { segment, isWordLike } of [...chineseWords.segment(clause)].reverse()) {
    if (!isWordLike || textWidth(segment + taken.join('')) > maxWidth) break;
    taken.unshift(segment);
  }
  // A modal or joining word before the phrase (要 做好宣传发动) belongs to the sentence, not to the label.
  if (taken.length > 1 && /^[要须应请将并和及的]$/u.test(taken[0]!)) taken.shift();
  const label = taken.join('');
  return textWidth(label) >= 2 ? label : undefined;
}

/** The text with every bracketed remark (（…）, (…), 【…】, 〔…〕) removed; 《》 and “” name things and stay. */
function withoutBracketedRemarks(value: string): string {
  return value.replace(/（[^（）]*）|\([^()]*\)|【[^【】]*】/gu, '').trim();
}

/** Up to the first clause mark that is not inside brackets or quotes. */
function firstClause(value: string): string {
  let depth = 0;
  const chars = [...value];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    if (openers.includes(char)) depth++;
    else if (Object.values(closersOf).includes(char)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && '，；：。,;:'.includes(char)) return chars.slice(0, i).join('');
  }
  return value;
}

/** The longest start of `value` within `maxWidth` em that leaves no bracket or quote open and, `byWord`, no word cut (暑期实践 is not 暑期实……). */
function cutOutsideBrackets(value: string, maxWidth: number, byWord = true): string {
  let cut = '';
  let safe = '';
  let depth = 0;
  for (const segment of byWord ? Array.from(chineseWords.segment(value), (piece) => piece.segment) : value) {
    if (textWidth(cut + segment) > maxWidth) break;
    cut += segment;
    if (openers.includes(segment)) depth++;
    else if (Object.values(closersOf).includes(segment)) depth = Math.max(0, depth - 1);
    if (depth === 0 && !openers.includes(segment)) safe = cut;
  }
  // A first word wider than the room (a long name in Latin letters) is cut between characters.
  return byWord && safe === '' ? cutOutsideBrackets(value, maxWidth, false) : safe.replace(trailingMarks, '');
}
