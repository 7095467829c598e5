import type { PhrasingContent } from 'mdast';
import { text } from './mdast.js';

/** A highlighted term: rendered as `<mark class="term">`. */
function term(value: string): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'mark', hProperties: { className: ['term'] } }, children: [text(value)] };
}

const quoted = /“[^“”]{1,24}”/gu;
const han = '\\p{Script=Han}';
// Three or more short items joined by 、: the middle ones are delimited on both sides.
const enumeration = new RegExp(`[${han}]{2,}(?:、[${han}]{2,8}){2,}`, 'gu');

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
    const width = Math.min(...middle.map((item) => item.length));
    const first = items[0]!.slice(wordBoundaryNear(items[0]!, items[0]!.length - width));
    const lastStart = match.index + match[0].length - items.at(-1)!.length;
    const last = items.at(-1)!.slice(0, wordBoundaryNear(items.at(-1)!, width));
    const start = match.index + items[0]!.length - first.length;
    spans.push([start, lastStart + last.length]);
  }
  spans.sort((a, b) => a[0] - b[0]);
  return spans.filter((span, i) => i === 0 || span[0] >= spans[i - 1]![1]);
}

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** The word boundary of `value` nearest to `offset` (so 制作可视化宣|传 becomes 制作可视化宣传). */
function wordBoundaryNear(value: string, offset: number): number {
  const boundaries = [...segmenter.segment(value)].map((segment) => segment.index).concat(value.length);
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
