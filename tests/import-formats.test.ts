/**
 * import from the files notices really arrive as: the sample's own `original` PDF (printed by
 * Chromium, read back by pdfjs-dist), a Word file written with the `docx` package, a saved web
 * page with its site around the article, an old .doc, and a scan without a text layer. The
 * expected notice.md is the committed one, written by hand from the raw text.
 */
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PDFDocument, rgb } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { importNotice } from '../src/import/import-notice.js';
import { noticeDocx } from './support/notice-docx.js';
import { runCliInProcess } from './support/run-cli.js';

const fixtures = path.resolve('tests/fixtures/import');
const sampleNotice = path.resolve('decks/zqf-2016-9/notice.md');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-import-formats-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

const cli = (...args: string[]) => runCliInProcess(args, work);

/** notice.md's front matter (parsed) and body paragraphs. */
function splitNotice(markdown: string): { frontMatter: Record<string, unknown>; paragraphs: string[] } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown);
  if (!match) throw new Error(`no front matter in:\n${markdown}`);
  return { frontMatter: parse(match[1]!) as Record<string, unknown>, paragraphs: match[2]!.trim().split(/\n\n/u) };
}

describe('import: the sample’s own original PDF', () => {
  it('gives back the committed notice.md byte for byte: mark, number, title, body, signature, 版记', async () => {
    // A folder of its own: the work folder holds the other tests' files, which `original` will not write beside.
    const printed = await cli('original', sampleNotice, '--out', 'original');
    expect(printed.code, printed.stderr).toBe(0);
    const pdf = path.join(work, 'original', 'zqf-2016-9-original.pdf');
    const imported = await importNotice(pdf, { out: path.join(work, 'from-pdf') });
    expect(imported.markdown).toBe(await readFile(sampleNotice, 'utf8'));
    expect(imported.warnings).toEqual([]);
    // The PDF's page numbers (— 2 —) were found and dropped, not left in the text: one per page.
    const pages = /（(\d+) 页）\n$/u.exec(printed.stdout)?.[1];
    expect(Number(pages)).toBeGreaterThan(1);
    expect(imported.report.at(-1)).toMatch(new RegExp(`去掉 ${pages} 个页码$`, 'u'));
  });

  it('keeps both issuers of a joint document through original and back', async () => {
    const joint = (await readFile(sampleNotice, 'utf8'))
      .replace('issuer: 共青团中央\n', 'issuer:\n  - 共青团中央\n  - 中华人民共和国教育部\n')
      .replace('signature: 共青团中央\n', 'signature:\n  - 共青团中央\n  - 中华人民共和国教育部\n');
    await mkdir(path.join(work, 'joint'), { recursive: true });
    await writeFile(path.join(work, 'joint/notice.md'), joint);
    const printed = await cli('original', 'joint', '--out', 'joint-out');
    expect(printed.code, printed.stderr).toBe(0);
    const imported = await importNotice(path.join(work, 'joint-out', 'joint-original.pdf'), { out: path.join(work, 'joint-back') });
    expect(imported.fields.issuer).toEqual(['共青团中央', '中华人民共和国教育部']);
    expect(imported.fields.signature).toEqual(['共青团中央', '中华人民共和国教育部']);
    expect(imported.markdown).toBe(joint);
  });
});

describe('import: a Word file of the sample', () => {
  it('gives back the committed notice.md', async () => {
    const committed = await readFile(sampleNotice, 'utf8');
    const { frontMatter, paragraphs } = splitNotice(committed);
    const docx = path.join(work, 'zqf-2016-9.docx');
    await writeFile(
      docx,
      await noticeDocx({
        issuer: [String(frontMatter.issuer)],
        number: String(frontMatter.number),
        title: String(frontMatter.title),
        addressees: String(frontMatter.addressees),
        paragraphs: paragraphs.map((paragraph) => paragraph.replace(/^# /u, '')),
        date: '2016年4月29日',
        cc: frontMatter.cc as string[],
        printer: String(frontMatter.printer),
        printDate: '2016年5月4日',
      }),
    );
    const imported = await importNotice(docx, { out: path.join(work, 'from-docx') });
    expect(imported.markdown).toBe(committed);
    expect(imported.warnings).toEqual([]);
  });
});

describe('import: a saved web page', () => {
  it('takes the article and its title, leaving out navigation, view counts, print links, share bar and footer', async () => {
    const imported = await importNotice(path.join(fixtures, 'web-page.html'), { out: path.join(work, 'web') });
    expect(imported.fields).toEqual({
      issuer: '共青团某某职业学院委员会',
      title: '关于开展“书香团支部”读书分享活动的通知',
      addressees: '各二级学院团总支、各团支部',
      signature: '共青团某某职业学院委员会',
      date: '2024-03-05',
    });
    expect(imported.paragraphs[0]).toMatch(/^为引导广大团员青年多读书/u);
    expect(imported.paragraphs).toContain('一、活动时间');
    expect(imported.paragraphs.at(-1)).toBe('联系人：陈老师　联系电话：0571-86660000');
    expect(imported.markdown).not.toMatch(/首页|浏览次数|发布时间|打印本页|关闭窗口|分享到|上一篇|版权所有|当前位置/u);
  });
});

describe('import: an old Word file (.doc)', () => {
  it('reads its paragraphs (fixture: the school letter saved as Word 97–2003 by LibreOffice)', async () => {
    const imported = await importNotice(path.join(fixtures, 'school-letter.doc'), { out: path.join(work, 'doc') });
    expect(imported.fields).toMatchObject({ issuer: '共青团某某大学委员会', title: '关于协助做好2024年度“五四”评优推荐工作的函', date: '2024-03-15' });
    expect(imported.paragraphs).toContain('联系人：王老师');
  });
});

describe('import: a scanned PDF', () => {
  it('says in one Chinese line that the PDF has no text, exit code 1, writing nothing', async () => {
    const scan = await PDFDocument.create();
    scan.addPage([595, 842]).drawRectangle({ x: 60, y: 60, width: 475, height: 722, color: rgb(0.9, 0.9, 0.88) });
    await writeFile(path.join(work, 'scan.pdf'), await scan.save());
    const result = await cli('import', 'scan.pdf');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'notice-deck: scan.pdf：这个 PDF 里没有文字，只有图片（多半是扫描件）；请先用 WPS 或 Word 的“图片转文字”（OCR）识别出文字，另存为 .docx 或 .txt 再导入\n',
    );
    expect(existsSync(path.join(work, 'decks/scan'))).toBe(false);
  });
});
