import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linesNeeded, type TextBudget } from '../text/fit.js';
import type { Slide } from './deck.js';
import { spanning } from './packing.js';
import { slide } from './slides.js';

/** Layouts whose text can join a neighbour's as points. */
const mergeable = new Set(['quote', 'points']);

/**
 * Neighbouring slides under one title whose text fits on one points slide become that slide
 * (three one-sentence paragraphs are one slide of three points, not three statements), so no
 * slide is spent on a line that fits beside its neighbour. Notes are joined in order.
 */
export function mergeNeighbours(slides: Slide[], budget: TextBudget): Slide[] {
  const merged: Slide[] = [];
  for (const current of slides) {
    const previous = merged.at(-1);
    const joined = previous && joinable(previous, current) ? join(previous, current, budget) : undefined;
    if (joined) merged[merged.length - 1] = joined;
    else merged.push(current);
  }
  return merged;
}

function joinable(first: Slide, second: Slide): boolean {
  const title = (candidate: Slide) => toString({ type: 'root', children: candidate.slots.title ?? [] });
  return mergeable.has(first.layout) && mergeable.has(second.layout) && !second.slots.key && !!first.position && !!second.position && title(first) === title(second);
}

/** The body of a points or statement slide as list items. */
function items(candidate: Slide): ListItem[] {
  return (candidate.slots.body ?? []).flatMap((node): ListItem[] => {
    if (node.type === 'list') return node.children;
    if (node.type === 'paragraph') return [{ type: 'listItem', spread: false, children: [node] }];
    return [{ type: 'listItem', spread: false, children: [node as ListItem['children'][number]] }];
  });
}

function join(first: Slide, second: Slide, budget: TextBudget): Slide | undefined {
  const all = [...items(first), ...items(second)];
  if (all.some((item) => item.children.some((child) => child.type !== 'paragraph'))) return undefined;
  const keyLines = first.slots.key ? linesNeeded(toString({ type: 'root', children: first.slots.key }), budget.chars) + 1 : 0;
  const lines = keyLines + all.reduce((sum, item) => sum + linesNeeded(toString(item), budget.chars - 1), 0);
  if (lines > budget.lines) return undefined;
  const list: List = { type: 'list', ordered: false, spread: false, children: all };
  const slots: Slide['slots'] = { ...first.slots, body: [list] };
  const notes: RootContent[] = [...first.notes, ...second.notes];
  return slide('points', slots, notes, spanning(first.position, second.position));
}
