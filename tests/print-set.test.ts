/**
 * `notice-deck print`: the whole print set in one run, end to end (real Chromium, the PDFs read
 * back). Expected values come from notice.md and the published deck, never from the print code.
 */
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../src/errors.js';
import { manifestFileName } from '../src/output/manifest.js';
import { originalPart } from '../src/print/original.js';
import { printSet } from '../src/print/print-set.js';
import { testBrowser } from './support/browser.js';
import { readPdf, withoutWhitespace, type ReadPdf } from './support/pdf.js';
import { runCliInProcess } from './support/run-cli.js';

const sampleDeck = path.resolve('decks/zqf-2016-9');
let work: string;
let noticeText: string;

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-print-set-'));
  noticeText = await readFile(path.join(sampleDeck, 'notice.md'), 'utf8');
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

/** Level-1 headings of notice.md: `# 一、…`, without whitespace. */
function sectionHeadings(markdown: string): string[] {
  return markdown
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .split('\n')
    .filter((line) => /^# /.test(line))
    .map((line) => withoutWhitespace(line.slice(2)));
}

const titles = (pdf: ReadPdf) => pdf.outline.map((entry) => withoutWhitespace(entry.title));

describe('notice-deck print', { timeout: 180_000 }, () => {
  const out = () => path.join(work, 'set');
  let stdout: string;
  let stderr: string;
  let slideCount: number;
  const pdf: Record<string, ReadPdf> = {};

  beforeAll(async () => {
    const result = await runCliInProcess(['print', sampleDeck, '--out', 'set'], work);
    expect(result.stderr).not.toMatch(/错误|error/i);
    expect(result.code, result.stderr).toBe(0);
    stdout = result.stdout;
    stderr = result.stderr;
    // The slides of the deck published with the slides PDF, counted in its HTML.
    slideCount = ((await readFile(path.join(out(), 'index.html'), 'utf8')).match(/<section[\s>]/g) ?? []).length;
    for (const name of ['zqf-2016-9', 'zqf-2016-9-handout-3', 'zqf-2016-9-notes', 'zqf-2016-9-original']) pdf[name] = await readPdf(path.join(out(), `${name}.pdf`));
  });

  it('makes all four documents, says where each is, and lists them in the folder manifest', async () => {
    expect(slideCount).toBeGreaterThan(10);
    expect(stdout.trim().split('\n')).toEqual([
      `set/zqf-2016-9.pdf（${slideCount} 页）`,
      `set/zqf-2016-9-handout-3.pdf（${Math.ceil(slideCount / 3)} 页）`,
      `set/zqf-2016-9-notes.pdf（${pdf['zqf-2016-9-notes']!.pages.length} 页）`,
      `set/zqf-2016-9-original.pdf（${pdf['zqf-2016-9-original']!.pages.length} 页）`,
    ]);
    const manifest = JSON.parse(await readFile(path.join(out(), manifestFileName), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(expect.arrayContaining(['index.html', 'zqf-2016-9.pdf', 'zqf-2016-9-handout-3.pdf', 'zqf-2016-9-notes.pdf', 'zqf-2016-9-original.pdf']));
  });

  it('warns about notice.md once, though both decks and the original read it', () => {
    // The sample's one proofreading finding: an English word in a Chinese sentence.
    expect(stderr.match(/\[stray-latin\]/gu)).toHaveLength(1);
  });

  it('prints one page per slide, handouts three to a page, a notes page per slide, and the original', () => {
    const headings = sectionHeadings(noticeText);
    expect(headings.length).toBe(3);
    expect(pdf['zqf-2016-9']!.pages.length).toBe(slideCount);
    for (const heading of headings) expect(pdf['zqf-2016-9']!.text).toContain(heading);
    expect(pdf['zqf-2016-9-handout-3']!.pages.length).toBe(Math.ceil(slideCount / 3));
    expect(pdf['zqf-2016-9-handout-3']!.text).toContain('学习会讲义');
    const notes = pdf['zqf-2016-9-notes']!;
    expect(notes.pages.length).toBeGreaterThanOrEqual(slideCount);
    for (let slide = 1; slide <= slideCount; slide++) expect(notes.text).toContain(`幻灯片${slide}/${slideCount}`);
    expect(notes.text).toContain(withoutWhitespace('要深刻领会网络安全和信息化相辅相成，安全是发展的前提，发展是安全的保障，必须集合社会各方面力量共筑网络安全防线。'));
    const original = pdf['zqf-2016-9-original']!;
    expect(original.pages.length).toBeGreaterThan(1);
    expect(original.text).toContain('共青团中央文件');
  });

  it('bookmarks the sections in handout, notes and original', () => {
    const headings = sectionHeadings(noticeText);
    for (const name of ['zqf-2016-9-handout-3', 'zqf-2016-9-notes', 'zqf-2016-9-original']) expect(titles(pdf[name]!)).toEqual(headings);
  });
});

describe('notice-deck print --only', { timeout: 180_000 }, () => {
  it('makes only the documents named, and bookmarks dividers whose layout renamed its classes', async () => {
    // A deck whose own section layout knows nothing of the built-in class `layout-section`.
    const deck = path.join(work, 'renamed');
    await mkdir(path.join(deck, 'templates', 'layouts'), { recursive: true });
    await copyFile(path.join(sampleDeck, 'notice.md'), path.join(deck, 'notice.md'));
    const builtIn = await readFile(fileURLToPath(new URL('../templates/layouts/section.html', import.meta.url)), 'utf8');
    expect(builtIn).toContain('layout-section');
    await writeFile(path.join(deck, 'templates', 'layouts', 'section.html'), builtIn.replaceAll('layout-section', 'chapter-divider'));
    await writeFile(path.join(deck, 'deck.yaml'), 'templates: templates\n');

    const result = await runCliInProcess(['print', deck, '--only', 'notes，handout', '--per-page', '2', '--out', 'only'], work);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout.trim().split('\n').map((line) => line.replace(/（.*/u, ''))).toEqual(['only/renamed-handout-2.pdf', 'only/renamed-notes.pdf']);
    expect((await readdir(path.join(work, 'only'))).sort()).toEqual([manifestFileName, 'renamed-handout-2.pdf', 'renamed-notes.pdf']);
    const headings = sectionHeadings(noticeText);
    for (const file of ['renamed-handout-2.pdf', 'renamed-notes.pdf']) {
      const printed = await readPdf(path.join(work, 'only', file));
      expect(printed.pages.some((page) => page.text.includes(headings[0]!))).toBe(true);
      expect(titles(printed)).toEqual(headings);
    }
  });
});

describe('a print set that fails', { timeout: 180_000 }, () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await testBrowser();
  });
  afterAll(async () => {
    await browser?.disconnect();
  });

  it('publishes nothing: the earlier outputs stay as they were', async () => {
    // A one-page notice, changed between the runs: a PDF the failing run published would differ from the earlier one
    // even when both are printed within the same second (the creation date is all that would tell them apart).
    const deck = path.join(work, 'short');
    await mkdir(deck, { recursive: true });
    const notice = (body: string) => writeFile(path.join(deck, 'notice.md'), `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n${body}\n`);
    await notice('正文。');
    const outDir = path.join(work, 'failing');
    await printSet(deck, [originalPart()], { outDir, browser });
    const earlier = await readFile(path.join(outDir, 'short-original.pdf'));
    await notice('改过的正文。');
    const failing = { name: 'notes', from: 'notice', make: async () => Promise.reject(new UserError('讲稿做不出来')) } as const;
    await expect(printSet(deck, [originalPart(), failing], { outDir, browser })).rejects.toThrow('讲稿做不出来');
    expect(await readFile(path.join(outDir, 'short-original.pdf'))).toEqual(earlier);
    expect((await readdir(outDir)).sort()).toEqual([manifestFileName, 'short-original.pdf']);
  });
});
