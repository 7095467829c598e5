import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isContactLine } from '../text/contact.js';
import { linesNeeded } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import { paragraph, text } from './mdast.js';
import type { Row } from './overview.js';
import { rowSlides } from './overview-slides.js';
import { evenGroups, spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { highlightContent } from './sentence.js';
import { bulletList, slide } from './slides.js';

/** Runs of one-line paragraphs (topics by month, a list of titles) as list slides. */

/** A paragraph at most this many em wide, one sentence or none, can be an item of a list of short lines. */
const listItemWidth = 24;

/** A schedule's row starts with its time (14:30-17:00 …); it may be as long as a line. */
const timeRange = /^\s*(\d{1,2}[:：]\d{2}\s*[-—–~～至]+\s*\d{1,2}[:：]\d{2})\s*/u;
const scheduleItemWidth = 40;

/** An item of a list (a month's topic, a title in quotes, a schedule's row) is short and has no sentence inside it. */
export function isListItem(value: string): boolean {
  const width = timeRange.test(value) ? scheduleItemWidth : listItemWidth;
  return !isContactLine(value) && textWidth(value) <= width && !/[。！？；][^”’）)]/u.test(value.trim());
}

/**
 * A schedule (日程): rows that start with their time, under day lines (6月9日（星期一）), as a
 * table of time and activity with each day across it. Undefined when the lines are no schedule.
 */
export function scheduleRows(texts: readonly string[]): Row[] | undefined {
  const times = texts.filter((value) => timeRange.test(value)).length;
  if (times < 3 || texts.some((value) => !timeRange.test(value) && textWidth(value) > listItemWidth / 2)) return undefined;
  return texts.map((value) => {
    const time = timeRange.exec(value);
    return time ? { label: time[1]!, lines: [value.slice(time[0].length)] } : { label: '', lines: [value.trim()] };
  });
}

/** One-line paragraphs as a list: in two columns when they are many and short; under labels ("3月" + its titles) as a table. */
export function shortLineSlides(context: PlanContext, nodes: BlockContent[], title: string): void {
  const texts = nodes.map((node) => toString(node).trim());
  const schedule = scheduleRows(texts);
  if (schedule) return rowSlides(context, schedule, title, nodes, 0);
  const isLabel = (value: string) => textWidth(value) <= 5 && !/[\p{P}]/u.test(value);
  if (isLabel(texts[0]!) && texts.filter(isLabel).length >= 2 && !isLabel(texts.at(-1)!)) {
    const rows: Row[] = [];
    for (const value of texts) {
      if (isLabel(value) || rows.length === 0) rows.push({ label: value, lines: [] });
      else rows.at(-1)!.lines.push(value);
    }
    if (rows.every((row) => row.lines.length > 0)) return rowSlides(context, rows, title, nodes, 1);
  }
  const items = nodes.map((node) => (node.type === 'paragraph' ? node.children : [text(toString(node))]));
  const columns = context.budget('two-column', 'body');
  const twoColumns = nodes.length > context.body.lines && nodes.every((node) => linesNeeded(toString(node), columns.chars - 1) === 1);
  const budget = twoColumns ? columns : context.body;
  for (const group of evenGroups(nodes.map((_, index) => index), budget.lines)) {
    const shown = group.map((index) => nodes[index]!);
    context.push(
      slide(
        twoColumns ? 'two-column' : 'points',
        { title: [text(title)], body: [bulletList(group.map((index) => highlightContent(items[index]!)))] },
        shown.map((node) => paragraph(toString(node))),
        spanning(shown[0]!.position, shown.at(-1)!.position),
      ),
    );
  }
}
