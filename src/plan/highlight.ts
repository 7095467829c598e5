import type { PhrasingContent } from 'mdast';
import { organisationEnding } from '../text/organisation.js';
import { text } from './mdast.js';
import { chineseWords } from '../text/words.js';

/** A highlighted term: rendered as `<mark class="term">`. */
function term(value: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'mark', hProperties: { className: ['term'] } }, children: [text(value)] };
}

const quoted = /“[^“”]{1,24}”/gu;
const han = '\\p{Script=Han}';
// Three or more short items joined by 、: the middle ones are delimited on both sides.
const enumeration = new RegExp(`[${han}]{2,}(?:、[${han}]{2,12}){2,}`, 'gu');

// A deadline: a date, perhaps with a time, before which something must be done (4月20日前, 5月10日12:00之前).
const deadline = /(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*日(?:\s*[（(]\S{2,3}[)）])?(?:\s*\d{1,2}\s*[:：]\s*\d{2}|\s*\d{1,2}\s*[时点])?\s*(?:之?前|截止)/gu;

/** Spans of `text` worth highlighting: quoted terms (“互联网+共青团”), enumerations and deadlines. */
export function highlightSpans(value: string): [start: number, end: number][] {
  const spans: [number, number][] = [];
  for (const match of value.matchAll(quoted)) spans.push([match.index, match.index + match[0].length]);
  for (const match of value.matchAll(deadline)) spans.push([match.index, match.index + match[0].length]);
  for (const match of value.matchAll(enumeration)) {
    const items = match[0].split('、');
    const middle = items.slice(1, -1);
    // The first and last items run into the text around them: trim them to the middle items' length.
    // Names (某某省教育厅、某某省科学技术协会) differ in length: the first and last are taken as long as the
    // longest, the last ending where a name ends; other items as long as the shortest.
    const names = middle.every((item) => organisationEnding.test(item));
    const lengths = middle.map((item) => item.length);
    const width = names ? Math.max(...lengths) : Math.min(...lengths);
    const first = items[0]!.slice(wordBoundaryNear(items[0]!, items[0]!.length - width));
    const lastStart = match.index + match[0].length - items.at(-1)!.length;
    const lastEnd = names ? wordBoundaryNear(items.at(-1)!, width, (end) => organisationEnding.test(items.at(-1)!.slice(0, end))) : wordBoundaryNear(items.at(-1)!, width);
    const last = items.at(-1)!.slice(0, lastEnd);
    const start = match.index + items[0]!.length - first.length;
    spans.push([start, lastStart + last.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.filter((span, i) => i === 0 || span[0] >= spans[i - 1]![1]);
}

/**
 * The word boundary of `value` nearest to `offset` (so 制作可视化宣|传 becomes 制作可视化宣传), among
 * those `allowed` (某某省学生联合会|共同主办: where a name ends) when there are any.
 */
function wordBoundaryNear(value: string, offset: number, allowed: (boundary: number) => boolean = () => true): number {
  const all = [...chineseWords.segment(value)].map((segment) => segment.index).concat(value.length);
  const preferred = all.filter(allowed);
  const boundaries = preferred.length > 0 ? preferred : all;
  return boundaries.reduce((best, boundary) => (Math.abs(boundary - offset) < Math.abs(best - offset) || (Math.abs(boundary - offset) === Math.abs(best - offset) && boundary > best) ? boundary : best), 0);
}

/** The text as inline content with its quoted terms and enumerations highlighted. */
export function highlight(value: string): PhrasingContent[] {
  const nodes: PhrasingContent[] = [];
  let at = 0;
  for (const [start, end] of highlightSpans(value)) {
    if (start > at) nodes.push(text(value.slice(at, start)));
    nodes.push(term(value.slice(start, end)));
    at = end;
  }
  if (at < value.length) nodes.push(text(value.slice(at)));
  return nodes;
}
