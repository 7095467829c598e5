import type { List, PhrasingContent } from 'mdast';
import { linesNeeded, type TextBudget } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import { highlight } from './highlight.js';
import { text } from './mdast.js';
import { packEvenly } from './packing.js';
import { bulletList } from './slides.js';

/**
 * Label–content rows (主办单位 | 共青团某某大学委员会; 电话 | 0123-45678901): the overview of a
 * notice's short parts and its contact block. A row without a label spans the table.
 */
export interface Row {
  label: string;
  /** The content, one entry per line as written (a subsection, a paragraph). */
  lines: string[];
}

/** A row label wider than this many em is not a label: the row goes without one. */
export const rowLabelMax = 7;

/** A row's padding and rule, in lines of its text. */
const rowSpacing = 0.3;

function span(classNames: string[], children: PhrasingContent[]): PhrasingContent {
  return { type: 'emphasis', data: { hName: 'span', hProperties: { className: classNames } }, children };
}

function contentOf(row: Row): PhrasingContent[] {
  return row.lines.flatMap((line, index): PhrasingContent[] => (index === 0 ? highlight(line) : [{ type: 'break' }, ...highlight(line)]));
}

/** The rows as the list the overview layout sets as a table. */
export function rowList(rows: Row[]): List {
  return bulletList(rows.map((row) => (row.label ? [span(['row-label'], [text(row.label)]), span(['row-content'], contentOf(row))] : [span(['row-content', 'row-wide'], contentOf(row))])));
}

/** Lines a row takes in a table `budget.chars` em wide whose label column is `labelWidth` em. */
function rowLines(row: Row, labelWidth: number, chars: number): number {
  const contentChars = row.label ? chars - labelWidth - 1 : chars;
  return row.lines.reduce((sum, line) => sum + linesNeeded(line, contentChars), 0) + rowSpacing;
}

/** Rows spread over as few tables as the budget allows, as evenly as they go. */
export function packRows(rows: Row[], budget: TextBudget): Row[][] {
  const labelWidth = Math.max(0, ...rows.map((row) => textWidth(row.label)));
  const lines = rows.map((row) => rowLines(row, labelWidth, budget.chars));
  return packEvenly(lines, 0, budget.lines).map((group) => group.map((index) => rows[index]!));
}

/**
 * Blocks of rows (a schedule's day and its times) spread over as few tables as the budget allows,
 * a block never cut; rows one by one when a block alone is more than a table holds.
 */
export function packRowBlocks(blocks: Row[][], budget: TextBudget): Row[][] {
  const rows = blocks.flat();
  const labelWidth = Math.max(0, ...rows.map((row) => textWidth(row.label)));
  const lines = blocks.map((block) => block.reduce((sum, row) => sum + rowLines(row, labelWidth, budget.chars), 0));
  if (lines.some((count) => count > budget.lines)) return packRows(rows, budget);
  return packEvenly(lines, 0, budget.lines).map((group) => group.flatMap((index) => blocks[index]!));
}
