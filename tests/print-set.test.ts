/**
 * `notice-deck print`, end to end (real Chromium, the PDFs read back): --only, a deck whose layouts
 * renamed their classes, and a set that fails. The sample's whole set is print.test.ts's, which reads
 * every document of it. Expected values come from notice.md, never from the print code.
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
