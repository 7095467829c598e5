import { isPageNumber, type CleanLines, type SourceLine } from '../lines.js';
import type { PdfPageText, PdfRun } from './pdf-text.js';

/** A printed line: the runs on one baseline, left to right. */
interface PrintedLine {
  text: string;
  left: number;
  right: number;
  size: number;
  page: number;
  red: boolean;
}

/**
 * The lines of a PDF with what its layout says about them: red (the masthead), larger than the
 * body (the title), and whether each starts a paragraph (indented, centred, after a short line)
 * or goes on with the line before (flush left after a line that reached the right margin).
 * Page numbers and running headers or footers (the same line on most pages) are dropped.
 */
export function pdfLines(pages: PdfPageText[]): CleanLines {
  const printed = pages.map((page, index) => pageLines(page, index));
  const running = runningLines(printed);
  let pageNumbers = 0;
  const kept: PrintedLine[] = [];
  for (const line of printed.flat()) {
    if (isPageNumber(line.text.replace(/\s+/gu, ' '))) pageNumbers++;
    else if (!running.has(runningKey(line.text))) kept.push(line);
  }
  const body = bodyMeasure(kept);
  const lines: SourceLine[] = kept.map((line, index) => {
    const before = kept[index - 1];
    const large = line.size > body.size * 1.2;
    return {
      text: line.text,
      line: index + 1,
      hints: {
        paragraphStart: !before || !continues(before, line, body),
        ...(line.red ? { red: true } : {}),
        ...(large && !line.red ? { large: true } : {}),
      },
    };
  });
  return { lines, pageNumbers };
}

/** Runs on (nearly) the same baseline make a line; a gap of an em or more is kept as a full-width space. */
function pageLines(page: PdfPageText, pageIndex: number): PrintedLine[] {
  const rows: PdfRun[][] = [];
  for (const run of [...page.runs].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    if (row && Math.abs(row[0]!.y - run.y) < Math.min(row[0]!.size, run.size) * 0.4) row.push(run);
    else rows.push([run]);
  }
  return rows.map((row) => {
    const runs = row.sort((a, b) => a.x - b.x);
    let text = '';
    runs.forEach((run, index) => {
      const gap = index === 0 ? 0 : run.x - (runs[index - 1]!.x + runs[index - 1]!.width);
      text += (gap >= run.size ? '　' : gap > run.size * 0.2 ? ' ' : '') + withoutJustificationSpaces(run.text);
    });
    const last = runs.at(-1)!;
    const size = dominantSize(runs);
    const squeezed = text.replace(/\s+/gu, '');
    return { text: text.trim(), left: runs[0]!.x, right: last.x + last.width, size, page: pageIndex, red: page.red.includes(squeezed) && squeezed !== '' };
  });
}

/** Han characters and the punctuation set among them (full-width forms, quotes, 间隔号 ·, dashes, ellipsis). */
const chineseText = String.raw`\p{Script=Han}\u3001-\u303f\uff01-\uff60\u2018-\u201d\u00b7\u2014\u2026`;
const spaceInChinese = new RegExp(`(?<=[${chineseText}]) +(?=[${chineseText}])`, 'gu');

/**
 * A run's text without the spaces pdfjs infers from wider gaps between two Chinese characters:
 * in a justified line Chromium stretches some gaps (e.g. after a half-width ·), and Chinese puts
 * no space there. Spaces beside Latin words stay, as do gaps between runs (pageLines).
 */
function withoutJustificationSpaces(text: string): string {
  return text.replace(spaceInChinese, '');
}

/** The size most of a line's characters are set in. */
function dominantSize(runs: PdfRun[]): number {
  const weights = new Map<number, number>();
  for (const run of runs) weights.set(Math.round(run.size), (weights.get(Math.round(run.size)) ?? 0) + run.text.length);
  return [...weights].sort((a, b) => b[1] - a[1])[0]![0];
}

/** A running header or footer with its page number made neutral, so 第 2 页 and 第 3 页 compare equal. */
function runningKey(text: string): string {
  return text.replace(/\d+/gu, '#').replace(/\s+/gu, '');
}

/** Lines that open or close most pages (at least two) with the same text: running headers and footers. */
function runningLines(pages: PrintedLine[][]): Set<string> {
  if (pages.length < 2) return new Set();
  const counts = new Map<string, number>();
  for (const lines of pages) {
    const edges = new Set([lines[0], lines.at(-1)].filter((line) => line !== undefined).map((line) => runningKey(line.text)));
    for (const key of edges) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return new Set([...counts].filter(([, count]) => count >= 2 && count >= pages.length / 2).map(([key]) => key));
}

interface BodyMeasure {
  size: number;
  left: number;
  right: number;
}

/** The body text's size and margins: what most characters are set in, where lines start and end at most. */
function bodyMeasure(lines: PrintedLine[]): BodyMeasure {
  const size = mostCommon(lines.flatMap((line) => Array<number>(line.text.length).fill(Math.round(line.size))));
  const body = lines.filter((line) => Math.round(line.size) === size);
  return {
    size,
    // The leftmost start, not the most common: in a notice of one-line paragraphs most lines are
    // indented. Page numbers and running headers, which may stand further left, are gone by now.
    left: Math.min(...body.map((line) => Math.round(line.left))),
    right: Math.max(...body.map((line) => line.right)),
  };
}

function mostCommon(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

/** A flush-left body line after a body line that reached the right margin goes on with its paragraph. */
function continues(before: PrintedLine, line: PrintedLine, body: BodyMeasure): boolean {
  const sameSize = Math.abs(before.size - line.size) < 1 && Math.abs(line.size - body.size) < 1;
  const flushLeft = Math.abs(line.left - body.left) < body.size * 0.5;
  const full = before.right > body.right - body.size * 1.5;
  return sameSize && flushLeft && full;
}
