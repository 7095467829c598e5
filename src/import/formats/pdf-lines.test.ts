import { describe, expect, it } from 'vitest';
import { pdfLines } from './pdf-lines.js';
import type { PdfPageText, PdfRun } from './pdf-text.js';

const run = (text: string, x: number, y: number, size = 16): PdfRun => ({ text, x, y, width: [...text].length * size, size });

function page(runs: PdfRun[], red = ''): PdfPageText {
  return { runs, red };
}

describe('pdfLines', () => {
  it('marks the red masthead, the large title and paragraph starts by indent and by a short line before', () => {
    const read = pdfLines([
      page(
        [
          run('某某团委文件', 100, 780, 40),
          run('关于开展学习的通知', 120, 700, 22),
          run('各团支部：', 80, 650),
          run('为做好学习工作，现将有关事项通', 112, 620),
          run('知如下，请认真执行，并按时报送材', 80, 591),
          run('料。', 80, 562),
          run('联系人：王老师', 80, 533),
          run('电话：12345', 80, 504),
        ],
        '某某团委文件',
      ),
    ]);
    expect(read.lines.map((line) => [line.text, line.hints])).toEqual([
      ['某某团委文件', { paragraphStart: true, red: true }],
      ['关于开展学习的通知', { paragraphStart: true, large: true }],
      ['各团支部：', { paragraphStart: true }],
      ['为做好学习工作，现将有关事项通', { paragraphStart: true }],
      ['知如下，请认真执行，并按时报送材', { paragraphStart: false }],
      ['料。', { paragraphStart: false }],
      // Flush left, but after a line that stopped short of the margin.
      ['联系人：王老师', { paragraphStart: true }],
      ['电话：12345', { paragraphStart: true }],
    ]);
  });

  it('joins the runs of a line left to right, a space for a small gap and a full-width one for a wide gap, and drops running headers and page numbers', () => {
    const pages = [1, 2, 3].map((number) =>
      page([run('内部资料 注意保存', 200, 800, 10), run('第二段', 116, 700), run('正文', 80, 700), run('共青团某某县委', 80, 600), run('某某县教育局', 260, 600), run(`— ${number} —`, 280, 60, 14)]),
    );
    const read = pdfLines(pages);
    expect(read.pageNumbers).toBe(3);
    expect(read.lines.map((line) => line.text)).toEqual(Array(3).fill(['正文 第二段', '共青团某某县委　某某县教育局']).flat());
  });

  it('drops the spaces pdfjs reads into a justified run between Chinese characters, keeping those beside Latin words', () => {
    const read = pdfLines([page([run('讲话精神与“二· 一', 80, 700), run('建好“青年之声”互动社交平台 and “青少年', 80, 671)])]);
    expect(read.lines.map((line) => line.text)).toEqual(['讲话精神与“二·一', '建好“青年之声”互动社交平台 and “青少年']);
  });
});
