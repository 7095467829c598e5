import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { linesNeeded, type TextBudget } from '../text/fit.js';

/** How content is divided between slides: by lines, by runs, by list items. */

/**
 * Groups items (by their line counts) into as few slides as `maxLines` allows, then evens the
 * slides out, so a paragraph on two slides is not one full slide and one lone line. The first
 * slide also holds `firstLines` (the key point). Returns item indices per slide.
 */
export function packEvenly(itemLines: number[], firstLines: number, maxLines: number): number[][] {
  const pack = (limit: number) => {
    const groups: number[][] = [[]];
    let used = firstLines;
    itemLines.forEach((lines, index) => {
      if (used + lines > limit && (groups.at(-1)!.length > 0 || used > 0)) {
        groups.push([]);
        used = 0;
      }
      groups.at(-1)!.push(index);
      used += lines;
    });
    return groups;
  };
  const greedy = pack(maxLines);
  if (greedy.length === 1) return greedy;
  const total = firstLines + itemLines.reduce((sum, lines) => sum + lines, 0);
  for (let limit = Math.ceil(total / greedy.length); limit < maxLines; limit++) {
    const even = pack(limit);
    if (even.length === greedy.length) return even;
  }
  return greedy;
}

/** A slide of a nested list holds at least this share of the lines a slide holds, or the list is cut between items. */
const nestedMinShare = 1 / 3;

/**
 * Items of a nested list (`depths`: 0 outermost) packed as `packEvenly` packs them, but cut only
 * before items as shallow as can be (比赛规则： stays with its ① ② ③ under it) where that takes no
 * more slides and leaves no slide nearly empty; else between any items. Returns item indices per slide.
 */
export function packNested(itemLines: number[], depths: readonly number[], firstLines: number, maxLines: number): number[][] {
  const anywhere = packEvenly(itemLines, firstLines, maxLines);
  if (anywhere.length === 1) return anywhere;
  for (let depth = 0; depth < Math.max(...depths); depth++) {
    const blocks: number[][] = [];
    depths.forEach((itemDepth, index) => (index === 0 || itemDepth <= depth ? blocks.push([index]) : blocks.at(-1)!.push(index)));
    const blockLines = blocks.map((block) => block.reduce((sum, index) => sum + itemLines[index]!, 0));
    if (blockLines.some((lines) => lines > maxLines)) continue;
    const groups = packEvenly(blockLines, firstLines, maxLines).map((group) => group.flatMap((index) => blocks[index]!));
    const lines = groups.map((group, index) => (index === 0 ? firstLines : 0) + group.reduce((sum, item) => sum + itemLines[item]!, 0));
    if (groups.length === anywhere.length && lines.every((used) => used >= maxLines * nestedMinShare)) return groups;
  }
  return anywhere;
}

/** The first run of at least three consecutive indices, as [first, last]. */
export function consecutiveRun(indices: number[]): [number, number] | undefined {
  let start = 0;
  for (let i = 1; i <= indices.length; i++) {
    if (i < indices.length && indices[i] === indices[i - 1]! + 1) continue;
    if (i - start >= 3) return [indices[start]!, indices[i - 1]!];
    start = i;
  }
  return undefined;
}

export function spanning(first?: Position, last?: Position): Position | undefined {
  return first && last ? { start: first.start, end: last.end } : first;
}

/** A list cut between items into lists that each fit the budget; numbering continues. */
export function splitList(list: List, budget: TextBudget): List[] {
  const parts: { list: List; lines: number }[] = [];
  let start = list.start ?? 1;
  for (const item of list.children) {
    const lines = linesNeeded(toString(item), budget.chars - 2);
    const current = parts.at(-1);
    if (current && current.lines + lines <= budget.lines) {
      current.list.children.push(item);
      current.lines += lines;
    } else {
      parts.push({ list: { ...list, ...(list.ordered ? { start } : {}), children: [item] }, lines });
    }
    start++;
  }
  return parts.map((part) => part.list);
}

/** Items in as few groups of at most `max` as possible, the groups as even as possible (7 → 4 + 3). */
export function evenGroups<T>(items: T[], max: number): T[][] {
  const perGroup = Math.ceil(items.length / Math.ceil(items.length / max));
  const groups: T[][] = [];
  for (let start = 0; start < items.length; start += perGroup) groups.push(items.slice(start, start + perGroup));
  return groups;
}
