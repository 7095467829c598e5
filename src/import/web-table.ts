import { textWidth } from '../text/width.js';
import type { SourceLine } from './lines.js';

/**
 * A web page's table copied as text comes out a cell a line, each followed by its bar (“九月” / “|”,
 * or “九月 |”): the rows are lost, and every cell would become a paragraph. Such a run of cells is
 * set back into rows (“九月 | 在校团员 | 迎新启航… |”), as a table typed with bars is written.
 */

/** Fewer cells than this are no table (a heading and a stray bar). */
const minCells = 6;
const maxColumns = 6;

/** The cell of a line that is one cell and its bar (“九月 |”), or of a cell line followed by a bar line. */
function cellAt(lines: readonly SourceLine[], index: number): { text: string; count: number } | undefined {
  const text = lines[index]?.text;
  if (text === undefined || /[|｜]/u.test(text.replace(/\s*[|｜]$/u, ''))) return undefined;
  if (/\S\s*[|｜]$/u.test(text)) return { text: text.replace(/\s*[|｜]$/u, ''), count: 1 };
  return /^[|｜]$/u.test(lines[index + 1]?.text ?? '') && !/^[|｜]$/u.test(text) ? { text, count: 2 } : undefined;
}

/** How many columns the cells make: the count whose columns are most alike down the rows below the header. */
function columnCount(cells: readonly string[]): number | undefined {
  let best: { columns: number; spread: number } | undefined;
  for (let columns = 2; columns <= maxColumns; columns++) {
    const rows = cells.length / columns;
    if (!Number.isInteger(rows) || rows < 3) continue;
    let spread = 0;
    for (let column = 0; column < columns; column++) {
      const widths = Array.from({ length: rows - 1 }, (_, row) => textWidth(cells[(row + 1) * columns + column]!));
      const mean = widths.reduce((sum, width) => sum + width, 0) / widths.length;
      spread += widths.reduce((sum, width) => sum + Math.abs(width - mean), 0) / widths.length / (mean + 1);
    }
    spread /= columns;
    if (!best || spread < best.spread) best = { columns, spread };
  }
  return best?.columns;
}

/** The lines with each run of table cells set back into rows, a line each. */
export function joinTableCells(lines: readonly SourceLine[]): SourceLine[] {
  const result: SourceLine[] = [];
  for (let index = 0; index < lines.length; ) {
    const cells: { text: string; line: number }[] = [];
    let end = index;
    for (let cell = cellAt(lines, end); cell; cell = cellAt(lines, end)) {
      cells.push({ text: cell.text.trim(), line: lines[end]!.line });
      end += cell.count;
    }
    const columns = cells.length >= minCells ? columnCount(cells.map((cell) => cell.text)) : undefined;
    if (!columns) {
      result.push(lines[index]!);
      index++;
      continue;
    }
    for (let row = 0; row < cells.length; row += columns) {
      const rowCells = cells.slice(row, row + columns);
      result.push({ text: `${rowCells.map((cell) => cell.text).join(' | ')} |`, line: rowCells[0]!.line });
    }
    index = end;
  }
  return result;
}
