import type { AlignType, Paragraph, PhrasingContent, Table, TableRow } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sizeOf } from '../layout/sizes.js';
import { linesNeeded, type TextBudget } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import type { Slide } from './deck.js';
import { paragraph, text } from './mdast.js';
import type { PlanContext } from './plan-context.js';
import { packEvenly, spanning } from './packing.js';
import { slide } from './slides.js';

/**
 * A notice's table (名额分配 学院|名额, 日程 时间|内容|地点) on slides of its own: as few slides as its
 * rows need, the header row repeated on each; a wide table in the smaller type, and where even
 * that is too narrow, its long cells wrapped. The notes read the rows in order, a paragraph each.
 */

/** A row's padding (0.25em above and below, line-height 1.4: templates/layouts/table.css) and its rule, in lines. */
const rowPadding = 0.4;
/** A cell's padding left and right (0.75em each), in em. */
const cellPadding = 1.5;
/** The lead line and the gap below it, in lines of the table's type (templates/layouts/table.css). */
const leadLines = 2;

/** A short paragraph that introduces the table right after it (各学院名额分配如下：): the line above its first part. */
export function isTableLead(node: Paragraph, budget: TextBudget): boolean {
  return linesNeeded(toString(node), budget.chars) === 1 && /[：:]$/u.test(toString(node).trim());
}

/** How a table is set: in the smaller type or not, its header labels kept on one line or not, and its body rows (indices) on each slide. */
export interface TableSetting {
  small: boolean;
  headersWhole: boolean;
  parts: number[][];
}

export function tableSlides(context: PlanContext, table: Table, title: string, lead?: Paragraph): void {
  const full = context.budget('table', 'table');
  // The lead line (各学院名额分配如下：) above the first part takes room from the rows of every part, which stay even.
  const budget = lead ? { ...full, lines: full.lines - leadLines } : full;
  const sizes = context.geometry.sizes;
  const smaller = sizeOf(sizes, 'size-table') / sizeOf(sizes, 'size-table-small');
  const small = { chars: Math.floor(budget.chars * smaller), lines: Math.floor(budget.lines * smaller) };
  const setting = setTable(cellTexts(table), budget, small);
  const className = [...(setting.small ? ['table-small'] : []), ...(setting.headersWhole ? [] : ['table-tight'])];
  const [header, ...body] = table.children;
  const align = columnAlignment(table);
  for (const part of setting.parts) {
    const rows = part.map((index) => body[index]!);
    const shown: Table = {
      type: 'table',
      align,
      children: [header!, ...rows].map(keepingNumbersWhole),
      ...(className.length > 0 ? { data: { hProperties: { className } } } : {}),
    };
    // The header is read once, with the first rows: the notes read in order are the notice's text.
    const first = part[0] === 0 || rows.length === 0;
    const read = first ? [header!, ...rows] : rows;
    const withLead = first && lead;
    const slots: Slide['slots'] = { title: [text(title)], ...(withLead ? { lead: [lead] } : {}), table: [shown] };
    const notes = [...(withLead ? [lead] : []), ...read.map(rowNotes)];
    context.push(slide('table', slots, notes, spanning((withLead ? lead : first ? table : rows[0]!).position, (rows.at(-1) ?? table).position)));
  }
}

/** The text of each cell, row by row, the header row first. */
function cellTexts(table: Table): string[][] {
  return table.children.map((row) => row.children.map((cell) => toString(cell)));
}

/**
 * The full type, read from the back of the room, on as many slides as the rows need; the smaller
 * type only for a wide table, whose cells it wraps onto fewer lines.
 */
export function setTable(cells: string[][], full: TextBudget, small: TextBudget): TableSetting {
  const smaller = wrappedLines(cells, small) < wrappedLines(cells, full);
  const budget = smaller ? small : full;
  return { small: smaller, headersWhole: columnWidths(cells, budget.chars).headersWhole, parts: packRows(cells, budget) };
}

/** Body rows (indices, the header row not counted) on each slide, the header row repeated on every one; the slides evened out. */
export function packRows(cells: string[][], budget: TextBudget): number[][] {
  const { widths } = columnWidths(cells, budget.chars);
  const [header = 0, ...body] = cells.map((row) => rowLines(row, widths));
  return body.length > 0 ? evenParts(body, budget.lines - header) : [[]];
}

/**
 * Rows (by their lines) on as few slides as `room` allows, each slide near an even share of the
 * rest (30 rows of 8 a slide: 8, 7, 8, 7, not 8, 8, 8, 6).
 */
function evenParts(rows: number[], room: number): number[][] {
  // packEvenly counts whole lines: tenths of a line here.
  const packed = packEvenly(rows.map((lines) => Math.round(lines * 10)), 0, Math.floor(room * 10));
  const count = packed.length;
  const parts: number[][] = [];
  let left = sum(rows);
  let next = 0;
  for (let part = 0; part < count; part++) {
    const share = left / (count - part);
    const rowsOfPart: number[] = [];
    let used = 0;
    while (next < rows.length && (rowsOfPart.length === 0 || (used + rows[next]! <= room && (part === count - 1 || used + rows[next]! / 2 <= share)))) {
      used += rows[next]!;
      rowsOfPart.push(next++);
    }
    left -= used;
    parts.push(rowsOfPart);
  }
  // Should the shares leave rows over, the plain packing holds them all.
  return next === rows.length ? parts : packed;
}

/** The lines the rows' cells take beyond their first at the budget's widths: none when nothing wraps. */
function wrappedLines(cells: string[][], budget: TextBudget): number {
  const { widths } = columnWidths(cells, budget.chars);
  return cells.reduce((sum, row) => sum + Math.max(1, ...row.map((cell, column) => cellLines(cell, widths[column] ?? 1))) - 1, 0);
}

/**
 * The columns' text widths in em as a browser's automatic table layout gives them: each its
 * widest cell when they all fit; otherwise the room shared in proportion to those widths, no
 * column narrower than its longest unbreakable run (a number) or, while they all fit
 * (`headersWhole`), its header label, kept on one line.
 */
export function columnWidths(cells: string[][], chars: number): { widths: number[]; headersWhole: boolean } {
  const columns = Math.max(0, ...cells.map((row) => row.length));
  const room = chars - columns * cellPadding;
  const column = (index: number) => cells.map((row) => row[index] ?? '');
  const widest = Array.from({ length: columns }, (_, index) => Math.max(1, ...column(index).map(textWidth)));
  const runs = Array.from({ length: columns }, (_, index) => Math.max(1, ...column(index).flatMap(unbreakable).map(textWidth)));
  const labels = runs.map((width, index) => Math.max(width, textWidth(cells[0]?.[index] ?? '')));
  const headersWhole = sum(labels) <= room;
  const total = sum(widest);
  if (total <= room) return { widths: widest, headersWhole };
  const narrowest = headersWhole ? labels : runs;
  const share = Math.max(0, room - sum(narrowest)) / Math.max(1, total - sum(narrowest));
  return { widths: widest.map((width, index) => narrowest[index]! + (width - narrowest[index]!) * share), headersWhole };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** Runs a line does not break in: digits and Latin letters (40, A4), times, ranges and telephone numbers (8:30-10:00, 0451-55190001). */
const unbreakableRun = /[0-9A-Za-z][0-9A-Za-z.:%\-–~～/]*[0-9A-Za-z%]|[0-9A-Za-z]/gu;

function unbreakable(cell: string): string[] {
  return cell.match(unbreakableRun) ?? [];
}

/** Where a browser would break an unbreakableRun: at a hyphen, dash, tilde or slash. */
const breakPoint = /[-–~～/]/u;

/** A run a browser would break at its hyphen or slash (0451-5519…, 8:30-10:00, 6/25) kept on one line. */
function keepingNumbersWhole(row: TableRow): TableRow {
  const keep = (node: PhrasingContent): PhrasingContent[] => {
    if (node.type !== 'text') return [node];
    const pieces: PhrasingContent[] = [];
    let from = 0;
    for (const { 0: run, index } of node.value.matchAll(unbreakableRun)) {
      if (!breakPoint.test(run)) continue;
      if (index > from) pieces.push(text(node.value.slice(from, index)));
      pieces.push({ type: 'emphasis', data: { hName: 'span', hProperties: { className: ['keep-whole'] } }, children: [text(run)] });
      from = index + run.length;
    }
    if (from < node.value.length) pieces.push(text(node.value.slice(from)));
    return pieces;
  };
  return { ...row, children: row.children.map((cell) => ({ ...cell, children: cell.children.flatMap(keep) })) };
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
