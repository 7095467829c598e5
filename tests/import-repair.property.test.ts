/**
 * Property tests of import's repair: a clean notice, broken the way copies and PDFs break it
 * (lines wrapped at the margin, page numbers, running headers), comes back paragraph for
 * paragraph; and no repair ever changes a character of the wording, whatever the input.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pdfLines } from '../src/import/formats/pdf-lines.js';
import type { PdfPageText, PdfRun } from '../src/import/formats/pdf-text.js';
import { importNoticeLines, importNoticeText } from '../src/import/import-notice.js';
import { repairParagraphs } from '../src/import/repair.js';
import { textWidth } from '../src/text/width.js';

const words = ['团员', '青年', '学习', '讲话精神', '组织', '活动', '基层', '团支部', '网络', '工作', '推进', '落实', '要求', '2024年', '“青年大学习”', '服务', '志愿', '实践'];
const clause = fc.array(fc.constantFrom(...words), { minLength: 2, maxLength: 6 }).map((parts) => parts.join(''));
/** A body paragraph: clauses separated by commas, ending in 。 (some with a ； or ： inside). */
const paragraph = fc
  .tuple(fc.array(clause, { minLength: 1, maxLength: 6 }), fc.constantFrom('，', '；', '：', '、'))
  .map(([clauses, mark]) => `${clauses.join(clauses.length > 2 ? mark : '，')}。`);
const headingNumbers = ['一', '二', '三', '四', '五', '六'];
/** Sections: a level-1 heading (一、… without punctuation) and its paragraphs. */
const body = fc
  .array(fc.tuple(clause, fc.array(paragraph, { minLength: 1, maxLength: 3 })), { minLength: 1, maxLength: 5 })
  // A heading cut to one line could end on an opening quote, and a line so cut goes on: no quotes in headings.
  .map((sections) => sections.flatMap(([heading, paragraphs], index) => [`${headingNumbers[index]}、${heading.replace(/[“”]/gu, '')}`, ...paragraphs]));

const header = ['关于开展基层团支部学习活动的通知', '各乡镇团委：'];
const ending = ['共青团某某县委', '2024年3月15日'];
const chars = (text: string): string[] => [...text];

/**
 * The paragraph as a PDF wraps it at `width` em. Plain text cannot tell a paragraph's end from a
 * line that happens to end in 。 or ：, so for text the cut moves off such a mark (a PDF shows the
 * difference by its indent: no such care there).
 */
function wrap(text: string, width: number, avoidFinalMarks: boolean): string[] {
  const lines: string[] = [];
  let rest = chars(text);
  while (textWidth(rest.join('')) > width) {
    // As many characters as fit the measure: digits are half as wide as Chinese characters.
    let cut = 0;
    while (textWidth(rest.slice(0, cut + 1).join('')) <= width) cut++;
    if (avoidFinalMarks) cut = awayFromFinalMarks(rest, cut);
    lines.push(rest.slice(0, cut).join(''));
    rest = rest.slice(cut);
  }
  lines.push(rest.join(''));
  return lines;
}

const finalMark = /[。！？；：…”’]/u;

/**
 * A cut moved off a final mark: back, as long as the line still reaches 16 em (what marks a line
 * that reached the margin); else forward past the marks, as a typesetter squeezes them in.
 */
function awayFromFinalMarks(rest: string[], cut: number): number {
  let back = cut;
  while (back > 1 && finalMark.test(rest[back - 1]!)) back--;
  if (textWidth(rest.slice(0, back).join('')) >= 16) return back;
  let forward = cut;
  while (forward < rest.length && finalMark.test(rest[forward - 1]!)) forward++;
  return forward;
}

describe('repair (property): text copied from a PDF', () => {
  it('joins lines wrapped at any margin and drops page numbers between them, giving back every paragraph', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 18, max: 30 }), fc.integer({ min: 5, max: 25 }), (paragraphs, width, pageLines) => {
        // Headings short enough for one line: a heading's tail on the next line is told by its shortness, not tested here.
        const lines = paragraphs.flatMap((text) => (/^[一二三四五六]、/u.test(text) ? [text.slice(0, width)] : wrap(text, width, true)));
        const expected = paragraphs.map((text) => (/^[一二三四五六]、/u.test(text) ? text.slice(0, width) : text));
        const paged = lines.flatMap((line, index) => ((index + 1) % pageLines === 0 ? [line, `— ${(index + 1) / pageLines} —`] : [line]));
        const imported = importNoticeText([...header, ...paged, ...ending].join('\n'), 'property.txt');
        expect(imported.paragraphs).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});

/** One PDF page: a running header, the lines (indented where a paragraph starts), the page number. */
function pdfPage(lines: { text: string; indent: boolean; size?: number }[], number: number, split: number): PdfPageText {
  const size = 16;
  const runs: PdfRun[] = [{ text: '某某县团委文件汇编', x: 200, y: 800, width: 9 * 10.5, size: 10.5 }];
  lines.forEach((line, index) => {
    const lineSize = line.size ?? size;
    const x = 80 + (line.indent ? 2 * size : 0);
    const y = 760 - index * 29;
    // A line arrives as one run or as several (pdfjs splits at font changes): both must read the same.
    const pieces = split > 0 && chars(line.text).length > split ? [chars(line.text).slice(0, split).join(''), chars(line.text).slice(split).join('')] : [line.text];
    let at = x;
    for (const piece of pieces) {
      const width = chars(piece).length * lineSize;
      runs.push({ text: piece, x: at, y, width, size: lineSize });
      at += width;
    }
  });
  runs.push({ text: `— ${number} —`, x: 280, y: 60, width: 40, size: 14 });
  return { runs, red: '' };
}

/** A paragraph set as GB/T 9704 sets it: the first line indented two characters, every line but the last full. */
function justify(text: string, width: number): string[] {
  const all = chars(text);
  const lines = [all.slice(0, width - 2).join('')];
  for (let start = width - 2; start < all.length; start += width) lines.push(all.slice(start, start + width).join(''));
  return lines;
}

describe('repair (property): a PDF read with positions', () => {
  it('gives back every paragraph, whatever the margin, page length and runs, dropping running headers and page numbers', () => {
    fc.assert(
      fc.property(body, fc.integer({ min: 18, max: 28 }), fc.integer({ min: 8, max: 24 }), fc.integer({ min: 0, max: 6 }), (paragraphs, width, pageLines, split) => {
        const printed = [
          { text: header[0]!, indent: true, size: 22 },
          { text: header[1]!, indent: false },
          ...paragraphs.flatMap((text) => justify(text, width).map((line, index) => ({ text: line, indent: index === 0 }))),
          ...ending.map((text) => ({ text, indent: true })),
        ];
        const pages: PdfPageText[] = [];
        for (let start = 0; start < printed.length; start += pageLines) pages.push(pdfPage(printed.slice(start, start + pageLines), pages.length + 1, split));
        const read = pdfLines(pages);
        expect(read.pageNumbers).toBe(pages.length);
        expect(read.lines.some((line) => line.text.includes('文件汇编'))).toBe(pages.length < 2);
        if (pages.length < 2) return;
        const imported = importNoticeLines(read, 'property.pdf');
        expect(imported.fields.title).toBe(header[0]);
        expect(imported.paragraphs).toEqual(paragraphs);
      }),
      { numRuns: 150 },
    );
  });
});

describe('repair (property): the wording is never changed', () => {
  const anyText = fc.string({ unit: fc.constantFrom(...'团员青年学习。，、；：“”（）一二三1.2 　ABab-—'.split('')), maxLength: 40 });

  it('joins or keeps lines but never adds, drops or changes a character (spaces aside)', () => {
    fc.assert(
      fc.property(fc.array(anyText, { maxLength: 30 }), fc.array(fc.option(fc.boolean(), { nil: undefined }), { maxLength: 30 }), (texts, starts) => {
        const lines = texts.map((text, index) => ({ text, hints: starts[index] === undefined ? {} : { paragraphStart: starts[index] } }));
        const { paragraphs } = repairParagraphs(lines);
        expect(paragraphs.join('').replace(/\s/gu, '')).toBe(texts.join('').replace(/\s/gu, ''));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a PDF page’s runs into lines without changing a character of them', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(anyText, fc.integer({ min: 0, max: 20 }), fc.integer({ min: 0, max: 30 })), { maxLength: 25 }), (runs) => {
        const page: PdfPageText = {
          red: '',
          runs: runs.filter(([text]) => text.trim() !== '').map(([text, column, row]) => ({ text, x: 80 + column * 16, y: 760 - row * 29, width: chars(text).length * 16, size: 16 })),
        };
        const read = pdfLines([page]);
        const kept = read.lines.map((line) => line.text).join('');
        // Page numbers (— 3 —, a lone 12) are the only lines dropped.
        const letters = (text: string) => [...text.replace(/\s/gu, '')].sort().join('');
        if (read.pageNumbers === 0) expect(letters(kept)).toBe(letters(page.runs.map((run) => run.text).join('')));
      }),
      { numRuns: 300 },
    );
  });
});
