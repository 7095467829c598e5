/**
 * Rows typed with bars (学院 | 名额 | 学院 | 名额 |), as a notice's table copied as text comes out
 * (or web-table.ts sets it back): a run of them with the same number of cells is a table, its first
 * row the header, and notice.md holds it as a GFM table.
 */

/** A row's cells: the text between its bars (half- or full-width), outer bars aside; undefined for a line that is no row. */
export function barRowCells(text: string): string[] | undefined {
  const trimmed = text.trim();
  if ((trimmed.match(/[|｜]/gu) ?? []).length < 2) return undefined;
  const cells = trimmed.replace(/^[|｜]/u, '').replace(/[|｜]$/u, '').split(/[|｜]/u).map((cell) => cell.trim());
  return cells.length >= 2 && cells.some(Boolean) ? cells : undefined;
}

/** A block of the body: a paragraph's text, or the rows of a table. */
export type BodyBlock = { paragraph: string } | { rows: string[][] };

/** The paragraphs, with each run of two or more rows of the same number of cells taken as a table. */
export function bodyBlocks(paragraphs: readonly string[]): BodyBlock[] {
  const cells = paragraphs.map(barRowCells);
  const blocks: BodyBlock[] = [];
  for (let index = 0; index < paragraphs.length; ) {
    const columns = cells[index]?.length;
    let end = index + 1;
    while (columns !== undefined && end < paragraphs.length && cells[end]?.length === columns) end++;
    if (end - index >= 2) blocks.push({ rows: cells.slice(index, end) as string[][] });
    else blocks.push({ paragraph: paragraphs[index]! });
    index = end;
  }
  return blocks;
}

/** A GFM table of the rows, each cell's text through `escape` and its bars escaped. */
export function tableMarkdown(rows: readonly string[][], escape: (cell: string) => string): string {
  const line = (cells: readonly string[]) => `| ${cells.map((cell) => escape(cell).replace(/\|/gu, '\\|')).join(' | ')} |`;
  const [header = [], ...body] = rows;
  return [line(header), line(header.map(() => '---')), ...body.map(line)].join('\n');
}
