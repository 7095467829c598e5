import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendDocumentInfo } from './document-info-update.js';

/** A PDF of `pages` pages with a classic cross-reference table and a title, as Chromium writes one. */
async function printedPdf(pages: number): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  document.setTitle('Chromium 写的标题');
  for (let i = 0; i < pages; i++) document.addPage([960, 540]);
  return document.save({ useObjectStreams: false });
}

const info = { title: '主题团日活动：第一次学习', author: '第一团支部', subject: '关于开展学习的通知', keywords: ['一支部', '学习会'] };

describe('appendDocumentInfo', () => {
  it('appends new document information that a reader finds, leaving every byte of the original in place', async () => {
    const original = await printedPdf(3);
    const updated = (await appendDocumentInfo(original, info))!;
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const read = await PDFDocument.load(updated, { updateMetadata: false });
    expect(read.getPageCount()).toBe(3);
    expect([read.getTitle(), read.getAuthor(), read.getSubject(), read.getKeywords(), read.getCreator()]).toEqual([
      info.title,
      info.author,
      info.subject,
      '一支部 学习会',
      'notice-deck',
    ]);
  });

  it('points its cross-reference entry and startxref at what it wrote', async () => {
    const original = await printedPdf(1);
    const text = Buffer.from((await appendDocumentInfo(original, info))!).toString('latin1');
    const [, number, offset] = /xref\n(\d+) 1\n(\d{10}) 00000 n \n/u.exec(text.slice(original.length))!;
    expect(text.slice(Number(offset), Number(offset) + 20)).toMatch(new RegExp(`^${number} 0 obj\\n`));
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/u.exec(text)![1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    expect(text.slice(original.length)).toMatch(/\/Root \d+ 0 R[\s\S]*\/Prev \d+>>/u);
  });

  it('leaves a PDF without a classic trailer (a cross-reference stream) to the caller', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    expect(await appendDocumentInfo(await document.save({ useObjectStreams: true }), info)).toBeUndefined();
  });
});
