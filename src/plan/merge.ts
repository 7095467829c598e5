import type { List, ListItem, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { linesNeeded, type TextBudget } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import type { Slide } from './deck.js';
import { itemIndent, listItem } from './list-items.js';
import { spanning } from './packing.js';
import { slide } from './slides.js';

/** Layouts whose text can join a neighbour's as points. */
const mergeable = new Set(['quote', 'points']);

/**
 * Neighbouring slides under one title whose text fits on one points slide become that slide
 * (three one-sentence paragraphs are one slide of three points, not three statements), so no
 * slide is spent on a line that fits beside its neighbour; the second slide's key point becomes a
 * point. Notes are joined in order. A closing
 * formula that does not fit beside its neighbour joins that slide's notes.
 */
export function mergeNeighbours(slides: Slide[], budget: TextBudget): Slide[] {
  const merged: Slide[] = [];
  for (const current of slides) {
    const previous = merged.at(-1);
    const joined = previous && joinable(previous, current) ? join(previous, current, budget) : undefined;
    if (joined) merged[merged.length - 1] = joined;
    else if (previous && joinable(previous, current) && isFormula(current)) previous.notes.push(...current.notes);
    else merged.push(current);
  }
  return merged;
}

function joinable(first: Slide, second: Slide): boolean {
  const title = (candidate: Slide) => toString({ type: 'root', children: candidate.slots.title ?? [] });
  return mergeable.has(first.layout) && mergeable.has(second.layout) && !!first.position && !!second.position && title(first) === title(second);
}

/** At most this many em, a closing formula (特此通知。): said from the notes, never a slide of its own. */
const formulaWidth = 6;

function isFormula(candidate: Slide): boolean {
  return textWidth(toString({ type: 'root', children: candidate.slots.body ?? [] })) <= formulaWidth;
}

/** The body of a points or statement slide as list items. */
function items(candidate: Slide): ListItem[] {
  return (candidate.slots.body ?? []).flatMap((node): ListItem[] => {
    if (node.type === 'list') return node.children;
    if (node.type === 'paragraph') return [listItem(node.children)];
    return [{ type: 'listItem', spread: false, children: [node as ListItem['children'][number]] }];
  });
}

function join(first: Slide, second: Slide, budget: TextBudget): Slide | undefined {
  const secondKey = second.slots.key ? items({ ...second, slots: { body: second.slots.key } }) : [];
  const all = [...items(first), ...secondKey, ...items(second)];
  if (all.some((item) => item.children.some((child) => child.type !== 'paragraph'))) return undefined;
  const keyLines = first.slots.key ? linesNeeded(toString({ type: 'root', children: first.slots.key }), budget.chars) + 1 : 0;
  const lines = keyLines + all.reduce((sum, item) => sum + itemLines(item, budget.chars - 1 - itemIndent(item)), 0);
  if (lines > budget.lines) return undefined;
  const list: List = { type: 'list', ordered: false, spread: false, children: all };
  const slots: Slide['slots'] = { ...first.slots, body: [list] };
  const notes: RootContent[] = [...first.notes, ...second.notes];
  return slide('points', slots, notes, spanning(first.position, second.position));
}

/** Lines an item takes: a line break in it (a heading above its text, 公开招募 / 自愿报名 …) starts a new line. */
function itemLines(item: ListItem, chars: number): number {
  return item.children.reduce((sum, block) => {
    const pieces = [''];
    for (const node of block.type === 'paragraph' ? block.children : [block]) {
      if (node.type === 'break') pieces.push('');
      else pieces[pieces.length - 1] += toString(node);
    }
    return sum + pieces.reduce((lines, piece) => lines + linesNeeded(piece, chars), 0);
  }, 0);
}
