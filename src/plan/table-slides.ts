import type { AlignType, PhrasingContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sizeOf } from '../layout/sizes.js';
import type { TextBudget } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import { paragraph, text } from './mdast.js';
import type { PlanContext } from './plan-context.js';
import { spanning } from './packing.js';
import { slide } from './slides.js';

/**
 * A notice's table (名额分配 学院|名额, 日程 时间|内容|地点) on slides of its own: as few slides as its
 * rows need, the header row repeated on each; a wide table in the smaller type, and where even
 * that is too narrow, its long cells wrapped. The notes read the rows in order, a paragraph each.
 */

/** A row's padding (0.25em above and below, line-height 1.4: templates/layouts/table.css), in lines. */
const rowPadding = 0.5 / 1.4;
/** A cell's padding left and right (0.75em each), in em. */
const cellPadding = 1.5;

/** How a table is set: in the smaller type or not, and its body rows (indices) on each slide. */
export interface TableSetting {
  small: boolean;
  parts: number[][];
}

export function tableSlides(context: PlanContext, table: Table, title: string): void {
  const budget = context.budget('table', 'table');
  const sizes = context.geometry.sizes;
  const smaller = sizeOf(sizes, 'size-table') / sizeOf(sizes, 'size-table-small');
  const small = { chars: Math.floor(budget.chars * smaller), lines: Math.floor(budget.lines * smaller) };
  const setting = setTable(cellTexts(table), budget, small);
  const [header, ...body] = table.children;
  const align = columnAlignment(table);
  for (const part of setting.parts) {
    const rows = part.map((index) => body[index]!);
    const shown: Table = {
      type: 'table',
      align,
      children: [header!, ...rows],
      ...(setting.small ? { data: { hProperties: { className: ['table-small'] } } } : {}),
    };
    // The header is read once, with the first rows: the notes read in order are the notice's text.
    const first = part[0] === 0 || rows.length === 0;
    const read = first ? [header!, ...rows] : rows;
    context.push(slide('table', { title: [text(title)], table: [shown] }, read.map(rowNotes), spanning((first ? table : rows[0]!).position, (rows.at(-1) ?? table).position)));
  }
}

/** The text of each cell, row by row, the header row first. */
function cellTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

/**
 * The setting that shows the table on the fewest slides; at the full type when the smaller one
 * needs as many, unless the smaller type keeps on one line cells the full one would wrap.
 */
export function setTable(cells: string[][], full: TextBudget, small: TextBudget): TableSetting {
  const large = { small: false, parts: packRows(cells, full) };
  const smaller = { small: true, parts: packRows(cells, small) };
  if (smaller.parts.length < large.parts.length) return smaller;
  if (smaller.parts.length === large.parts.length && wraps(cells, full) && !wraps(cells, small)) return smaller;
  return large;
}

/** Body rows (indices, the header row not counted) on each slide, the header row repeated on every one. */
export function packRows(cells: string[][], budget: TextBudget): number[][] {
  const widths = columnWidths(cells, budget.chars);
  const [header = 0, ...body] = cells.map((row) => rowLines(row, widths));
  const parts: number[][] = [[]];
  let used = header;
  body.forEach((lines, index) => {
    if (used + lines > budget.lines && parts.at(-1)!.length > 0) {
      parts.push([]);
      used = header;
    }
    parts.at(-1)!.push(index);
    used += lines;
  });
  return parts;
}

/** Whether a cell needs more than one line at the budget's widths. */
function wraps(cells: string[][], budget: TextBudget): boolean {
  const widths = columnWidths(cells, budget.chars);
  return cells.some((row) => row.some((cell, column) => cellLines(cell, widths[column] ?? 1) > 1));
}

/**
 * The columns' text widths in em as a browser's automatic table layout gives them: each its
 * widest cell when they all fit; otherwise the room shared in proportion to those widths, no
 * column narrower than its header (kept on one line) or its longest unbreakable run (a number).
 */
export function columnWidths(cells: string[][], chars: number): number[] {
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const room = chars - columns * cellPadding;
  const widest = Array.from({ length: columns }, (_, column) => Math.max(1, ...cells.map((row) => textWidth(row[column] ?? ''))));
  const narrowest = Array.from({ length: columns }, (_, column) =>
    Math.max(1, textWidth(cells[0]?.[column] ?? ''), ...cells.map((row) => Math.max(0, ...unbreakable(row[column] ?? '').map(textWidth)))),
  );
  const total = widest.reduce((sum, width) => sum + width, 0);
  if (total <= room) return widest;
  const least = narrowest.reduce((sum, width) => sum + width, 0);
  const share = Math.max(0, room - least) / Math.max(1, total - least);
  return widest.map((width, column) => narrowest[column]! + (width - narrowest[column]!) * share);
}

/** Runs a line does not break in: digits and Latin letters (40, 8:30, A4). */
function unbreakable(cell: string): string[] {
  return cell.match(/[0-9A-Za-z.:%\-/]+/gu) ?? [];
}

/** Lines a cell takes in a column `width` em wide; a line that wraps keeps an em for line-breaking rules. */
function cellLines(cell: string, width: number): number {
  const needed = textWidth(cell);
  return needed <= width ? 1 : Math.ceil(needed / Math.max(1, width - 1));
}

/** A row's height in lines: its tallest cell's, and its padding. */
function rowLines(row: string[], widths: number[]): number {
  return Math.max(1, ...row.map((cell, column) => cellLines(cell, widths[column] ?? 1))) + rowPadding;
}

/** A number, an amount or a count (40, 3.5, 60%, 45人): such a column is aligned right, digit under digit. */
const numberCell = /^[-+]?\d[\d,.]*(?:[%％]|[人名个项支队分元万]{1,2})?$/u;

/** The table's alignment as written, a column of numbers aligned right where the author set none. */
function columnAlignment(table: Table): AlignType[] {
  const [header, ...body] = table.children;
  const columns = header?.children.length ?? 0;
  return Array.from({ length: columns }, (_, column) => {
    const written = table.align?.[column];
    if (written) return written;
    const values = body.map((row) => toString(row.children[column] ?? { type: 'text', value: '' }).trim()).filter(Boolean);
    return values.length > 0 && values.every((value) => numberCell.test(value)) ? 'right' : null;
  });
}

/** A row as the presenter reads it: its cells in order, set apart by a wide space. */
function rowNotes(row: TableRow) {
  const cells = row.children.filter((cell) => toString(cell).trim() !== '');
  return paragraph(cells.flatMap((cell, index): PhrasingContent[] => [...(index > 0 ? [text('　')] : []), ...cell.children]));
}
