/**
 * Printed meeting materials (`notice-deck print`: slides PDF, handout, notes, original), end to end:
 * real Chromium, real PDFs, read back with pdfjs-dist and pdf-lib, pages drawn by pdf.js. Expected
 * values come from the notice and the built deck, never from the print code: page counts from the
 * deck's slide count, bookmark names from notice.md's headings, sentences from notice.md's text.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { registerHandout } from '../src/cli/commands/handout.js';
import { registerOriginal } from '../src/cli/commands/original.js';
import { testBrowser } from './support/browser.js';
import { handoutPart, printHandout } from '../src/print/handout.js';
import { printNotes } from '../src/print/notes.js';
import { printOriginal } from '../src/print/original.js';
import { papers } from '../src/print/paper.js';
import type { PerPage } from '../src/print/per-page.js';
import { printSet, type PrintedPart } from '../src/print/print-set.js';
import { titleBreaks } from '../src/print/title-breaks.js';
import { fontsOf, pixelShare, readPdf, renderPage, renderPages, textLines, withoutWhitespace, type ReadPdf } from './support/pdf.js';
import { runCliInProcess, type CliResult } from './support/run-cli.js';
import { longParagraph } from './support/synthetic-notice.js';
import { manifestFileName } from '../src/output/manifest.js';

const sampleDeck = 'decks/zqf-2016-9';
const mm = (value: number) => (value * 72) / 25.4;
const a4 = { width: 595.28, height: 841.89 };
const letter = { width: 612, height: 792 };

let browser: Browser;
let work: string;
let outDir: string;
let slideCount: number;
let noticeText: string;
const perPages: PerPage[] = [1, 2, 3, 4, 6];
/** `notice-deck print` of the sample (slides PDF, handout 3 per page, notes, original): its output folder and what it said. */
const setDir = () => path.join(work, 'set');
let setRun: CliResult;
/** The sample's handouts at the other sizes, printed from one build. */
let otherHandouts: PrintedPart[];

/** A handout of the sample: its file and page count (as the command reports it). */
function sampleHandout(perPage: PerPage): { pdfPath: string; pages: number } {
  if (perPage !== 3) return otherHandouts.find((part) => part.name === `handout-${perPage}`)!;
  const pages = new RegExp(`zqf-2016-9-handout-3\\.pdf（(\\d+) 页）`, 'u').exec(setRun.stdout)?.[1];
  return { pdfPath: path.join(setDir(), 'zqf-2016-9-handout-3.pdf'), pages: Number(pages) };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-print-test-'));
  outDir = path.join(work, 'out');
  browser = await testBrowser();
  noticeText = await readFile(path.join(sampleDeck, 'notice.md'), 'utf8');
  // The sample's whole print set as users make it, in-process on the shared browser: the deck is
  // built and its slides printed for paper once, not once per document.
  setRun = await runCliInProcess(['print', path.resolve(sampleDeck), '--out', 'set'], work);
  expect(setRun.code, setRun.stderr).toBe(0);
  // The deck published with the slides PDF, as `notice-deck build` makes it: its slide count is what the handouts must hold.
  slideCount = ((await readFile(path.join(setDir(), 'index.html'), 'utf8')).match(/<section[\s>]/g) ?? []).length;
  // The other handouts in one print set of their own. printHandout, printNotes and printOriginal,
  // which make one document each, print the other decks below. The parts are renamed because each
  // needs a working folder of its own name.
  const parts = perPages.filter((perPage) => perPage !== 3).map((perPage) => ({ ...handoutPart(perPage), name: `handout-${perPage}` }));
  otherHandouts = await printSet(sampleDeck, parts, { outDir, browser });
}, 240_000);

afterAll(async () => {
  await browser?.disconnect();
  await rm(work, { recursive: true, force: true });
});

/** The front matter of notice.md, as plain `key: value` lines and `- item` lists. */
function frontMatter(markdown: string): Record<string, string | string[]> {
  const block = /^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]!;
  const fields: Record<string, string | string[]> = {};
  let listKey: string | undefined;
  for (const line of block.split('\n')) {
    const item = /^\s+-\s+(.*)$/.exec(line);
    if (item && listKey) (fields[listKey] as string[]).push(item[1]!);
    const pair = /^(\w+):\s*(.*)$/.exec(line);
    if (pair) {
      listKey = pair[2] ? undefined : pair[1]!;
      fields[pair[1]!] = pair[2] ? pair[2] : [];
    }
  }
  return fields;
}

function body(markdown: string): string {
  return markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '');
}

/** Level-1 headings of notice.md: `# 一、…`. */
function sectionHeadings(markdown: string): string[] {
  return body(markdown)
    .split('\n')
    .filter((line) => /^# /.test(line))
    .map((line) => withoutWhitespace(line.slice(2)));
}

/** Every sentence of the body (headings included), cut after 。！？；, without whitespace. */
function sentences(markdown: string): string[] {
  return body(markdown)
    .split('\n')
    .map((line) => line.replace(/^#+\s+/, '').trim())
    .filter(Boolean)
    .flatMap((line) => line.split(/(?<=[。！？；])/u))
    .map(withoutWhitespace)
    .filter((sentence) => sentence.length > 0);
}

function missingFrom(text: string, expected: readonly string[]): string[] {
  return expected.filter((sentence) => !text.includes(sentence));
}

function expectPaper(pdf: ReadPdf, size: { width: number; height: number }): void {
  for (const page of pdf.pages) {
    expect(Math.abs(page.width - size.width)).toBeLessThanOrEqual(1);
    expect(Math.abs(page.height - size.height)).toBeLessThanOrEqual(1);
  }
}

/** Every piece of text at least 15 mm from every edge: what survives any office printer, duplex. */
function textOutsideMargins(pdf: ReadPdf): string[] {
  const margin = mm(15);
  return pdf.pages.flatMap((page, index) =>
    page.items
      .filter((item) => item.x < margin || item.x + item.width > page.width - margin || item.y < margin || item.y + item.height > page.height - margin)
      .map((item) => `page ${index + 1}: “${item.text}” at ${item.x.toFixed(0)},${item.y.toFixed(0)}`),
  );
}

/** Fonts that are not embedded, or are not the embedded Noto subsets (a fallback font means tofu or wrong glyphs). */
async function badFonts(file: string): Promise<string[]> {
  const fonts = await fontsOf(file);
  expect(fonts.length).toBeGreaterThan(0);
  return fonts.filter((font) => !font.embedded || !font.subset || !font.unicode || !/^[A-Z]{6}\+Noto(Sans|Serif)SC/.test(font.name)).map((font) => font.name);
}

function expectInfo(pdf: ReadPdf): void {
  const notice = frontMatter(noticeText);
  expect(pdf.info['Title']).toBe(notice['title']);
  expect(pdf.info['Author']).toBe(notice['issuer']);
  expect(String(pdf.info['Subject'])).toMatch(/\S/);
  expect(String(pdf.info['CreationDate'])).toMatch(/^D:\d{14}/);
}

describe('notice-deck print', () => {
  const names = ['zqf-2016-9', 'zqf-2016-9-handout-3', 'zqf-2016-9-notes', 'zqf-2016-9-original'];
  const pdf: Record<string, ReadPdf> = {};
  beforeAll(async () => {
    for (const name of names) pdf[name] = await readPdf(path.join(setDir(), `${name}.pdf`));
  });

  it('makes all four documents, says where each is, and lists them in the folder manifest', async () => {
    expect(slideCount).toBeGreaterThan(10);
    expect(setRun.stdout.trim().split('\n')).toEqual([
      `set/zqf-2016-9.pdf（${slideCount} 页）`,
      `set/zqf-2016-9-handout-3.pdf（${Math.ceil(slideCount / 3)} 页）`,
      `set/zqf-2016-9-notes.pdf（${pdf['zqf-2016-9-notes']!.pages.length} 页）`,
      `set/zqf-2016-9-original.pdf（${pdf['zqf-2016-9-original']!.pages.length} 页）`,
    ]);
    const manifest = JSON.parse(await readFile(path.join(setDir(), manifestFileName), 'utf8')) as { files: string[] };
    expect(manifest.files).toEqual(expect.arrayContaining(['index.html', ...names.map((name) => `${name}.pdf`)]));
  });

  it('warns about notice.md once, though both decks and the original read it', () => {
    // The sample's one proofreading finding: an English word in a Chinese sentence.
    expect(setRun.stderr.match(/\[stray-latin\]/gu)).toHaveLength(1);
  });

  // Handout, notes and original are checked in depth below.
  it('prints one page per slide, the handout and a notes page for every slide', () => {
    const headings = sectionHeadings(noticeText);
    expect(headings.length).toBe(3);
    expect(pdf['zqf-2016-9']!.pages.length).toBe(slideCount);
    for (const heading of headings) expect(pdf['zqf-2016-9']!.text).toContain(heading);
    expect(pdf['zqf-2016-9-handout-3']!.text).toContain('学习会讲义');
    for (let slide = 1; slide <= slideCount; slide++) expect(pdf['zqf-2016-9-notes']!.text).toContain(`幻灯片${slide}/${slideCount}`);
  });
});

describe('notice-deck handout', () => {
  it.each(perPages)('%i slides per page: pages, A4, header and footer, bookmarks, fonts, margins', async (perPage) => {
    const result = sampleHandout(perPage);
    expect(path.basename(result.pdfPath)).toBe(`zqf-2016-9-handout-${perPage}.pdf`);
    const pdf = await readPdf(result.pdfPath);
    const pages = Math.ceil(slideCount / perPage);
    expect(pdf.pages).toHaveLength(pages);
    expect(result.pages).toBe(pages);
    expectPaper(pdf, a4);
    const title = withoutWhitespace(String(frontMatter(noticeText)['title']));
    pdf.pages.forEach((page, index) => {
      expect(page.text).toContain(title);
      expect(page.text).toContain(`第${index + 1}页/共${pages}页`);
    });
    // The slides are drawn as vector pages: their text is text (the cover shows the document number).
    expect(pdf.pages[0]!.text).toContain(String(frontMatter(noticeText)['number']));
    const headings = sectionHeadings(noticeText);
    expect(headings.length).toBeGreaterThan(0);
    expect(pdf.outline.map((entry) => withoutWhitespace(entry.title))).toEqual(headings);
    for (const entry of pdf.outline) expect(pdf.pages[entry.page]!.text).toContain(withoutWhitespace(entry.title).slice(2, 8));
    expect(await badFonts(result.pdfPath)).toEqual([]);
    expect(textOutsideMargins(pdf)).toEqual([]);
    expectInfo(pdf);
  });

  it('prints black on white: no page of the sample has a red or large dark area', async () => {
    const file = sampleHandout(2).pdfPath;
    const pdf = await readPdf(file);
    const pages = await renderPages(file, pdf.pages.map((_page, index) => index + 1));
    expect(pages).toHaveLength(pdf.pages.length);
    for (const pixels of pages) {
      expect(pixelShare(pixels, (r, g, b) => r > 140 && g < 90 && b < 90)).toBeLessThan(0.001);
      expect(pixelShare(pixels, (r, g, b) => r + g + b < 200)).toBeLessThan(0.04);
    }
  });

  it('turns a solid red divider that the deck insists on into an outline', async () => {
    // deck.yaml colours come after the print theme: the divider is solid red unless ink.js steps in.
    const deck = path.join(work, 'decks', 'red');
    await mkdir(deck, { recursive: true });
    // Sections with more than a slide of text each, so that each has its divider.
    const long = '各级团组织要认真学习，深刻领会精神实质，切实把思想和行动统一到要求上来。'.repeat(9);
    await writeFile(path.join(deck, 'notice.md'), `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n# 一、总体要求\n\n${long}\n\n# 二、工作安排\n\n${long}\n`);
    await writeFile(path.join(deck, 'deck.yaml'), "variables:\n  color-divider-background: '#c00000'\n  color-divider-text: '#ffffff'\n");
    const result = await printHandout(deck, { perPage: 1, outDir, browser });
    const pdf = await readPdf(result.pdfPath);
    const divider = pdf.outline[0]!.page + 1;
    const red = pixelShare(await renderPage(result.pdfPath, divider), (r, g, b) => r > 140 && g < 90 && b < 90);
    // A 174 × 98 mm slide filled red would be over 25% of the page; its outline and red text are a little.
    expect(red).toBeGreaterThan(0.001);
    expect(red).toBeLessThan(0.03);
    expect(pdf.pages[divider - 1]!.text).toContain('总体要求');
  });

  it('prints on letter paper with --paper letter', async () => {
    const result = await printHandout(sampleDeck, { perPage: 6, paper: papers.letter, outDir: path.join(work, 'letter'), browser });
    const pdf = await readPdf(result.pdfPath);
    expect(pdf.pages).toHaveLength(Math.ceil(slideCount / 6));
    expectPaper(pdf, letter);
    expect(textOutsideMargins(pdf)).toEqual([]);
  });
});

describe('notice-deck notes', () => {
  let pdf: ReadPdf;
  beforeAll(async () => {
    pdf = await readPdf(path.join(setDir(), 'zqf-2016-9-notes.pdf'));
  });

  it('gives every slide a page with its notes: the whole notice, readable at a lectern (≥ 14pt)', () => {
    expect(pdf.pages.length).toBeGreaterThanOrEqual(slideCount);
    expect(pdf.text).toContain(withoutWhitespace('要深刻领会网络安全和信息化相辅相成，安全是发展的前提，发展是安全的保障，必须集合社会各方面力量共筑网络安全防线。'));
    const large = withoutWhitespace(pdf.pages.flatMap((page) => page.items.filter((item) => item.fontSize >= 13.9).map((item) => item.text)).join(''));
    expect(missingFrom(large, sentences(noticeText))).toEqual([]);
    pdf.pages.forEach((page, index) => expect(page.text).toContain(`第${index + 1}页/共${pdf.pages.length}页`));
  });

  it('has bookmarks at the section dividers, A4, embedded Noto fonts, margins', async () => {
    expect(pdf.outline.map((entry) => withoutWhitespace(entry.title))).toEqual(sectionHeadings(noticeText));
    expectPaper(pdf, a4);
    expect(await badFonts(path.join(setDir(), 'zqf-2016-9-notes.pdf'))).toEqual([]);
    expect(textOutsideMargins(pdf)).toEqual([]);
    expectInfo(pdf);
  });

  it('continues notes too long for one page on the next, in 14pt, losing nothing', async () => {
    const deck = path.join(work, 'decks', 'long-notes');
    const notes = longParagraph(2600, 11);
    await mkdir(deck, { recursive: true });
    await writeFile(path.join(deck, 'notice.md'), `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n<!-- notes: ${notes} -->\n\n第一段正文。\n\n# 一、总体要求\n\n要认真学习。\n`);
    const built = await buildDeck(deck, { outDir: path.join(work, 'long-notes-deck') });
    const result = await printNotes(deck, { outDir, browser, paper: papers.letter });
    const long = await readPdf(result.pdfPath);
    expect(long.pages.length).toBeGreaterThan(built.slideCount);
    expectPaper(long, letter);
    const large = withoutWhitespace(long.pages.flatMap((page) => page.items.filter((item) => item.fontSize >= 13.9).map((item) => item.text)).join(''));
    expect(large).toContain(notes);
    expect(textOutsideMargins(long)).toEqual([]);
  });
});

describe('notice-deck original', () => {
  let pdf: ReadPdf;
  let file: string;
  beforeAll(async () => {
    file = path.join(setDir(), 'zqf-2016-9-original.pdf');
    pdf = await readPdf(file);
  });

  it('holds every sentence of the notice and its formal parts', () => {
    // Page numbers "— 3 —" sit between the pages' text; take them out before looking for sentences.
    const text = pdf.pages.map((page) => page.text.replace(/—\d+—/g, '')).join('');
    expect(missingFrom(text, sentences(noticeText))).toEqual([]);
    const notice = frontMatter(noticeText);
    const cc = (notice['cc'] as string[]).join('，');
    expect(
      missingFrom(text, [
        `${notice['issuer']}文件`,
        String(notice['number']),
        String(notice['title']),
        `${notice['addressees']}：`,
        String(notice['signature']),
        '2016年4月29日',
        `抄送：${cc}`,
        String(notice['printer']),
        '2016年5月4日印发',
      ].map(withoutWhitespace)),
    ).toEqual([]);
    expect(text.indexOf(String(notice['title']))).toBeLessThan(text.indexOf(sentences(noticeText)[0]!));
  });

  it('numbers pages — 1 —, bookmarks each 一、 heading, A4, Noto fonts, margins', async () => {
    pdf.pages.forEach((page, index) => {
      // One page number per page, in the foot margin: below the text block, which ends 35 mm up.
      const numbers = textLines(page).filter((line) => /^—\d+—$/.test(withoutWhitespace(line.text)));
      expect(numbers.map((item) => withoutWhitespace(item.text))).toEqual([`—${index + 1}—`]);
      expect(numbers[0]!.y).toBeLessThan(mm(35));
    });
    expect(pdf.outline.map((entry) => withoutWhitespace(entry.title))).toEqual(sectionHeadings(noticeText));
    expect(pdf.outline.every((entry) => entry.children.length === 0)).toBe(true);
    for (const entry of pdf.outline) expect(pdf.pages[entry.page]!.text).toContain(withoutWhitespace(entry.title).slice(0, 8));
    expectPaper(pdf, a4);
    expect(await badFonts(file)).toEqual([]);
    expect(textOutsideMargins(pdf)).toEqual([]);
    expectInfo(pdf);
  });

  it('sets the title large and the closing block (版记) at the foot of the last page', () => {
    // The large type on page 1 is the red mark and the title (22pt), nothing else.
    const notice = frontMatter(noticeText);
    const large = pdf.pages[0]!.items.filter((item) => item.fontSize >= 21).map((item) => item.text);
    expect(withoutWhitespace(large.join(''))).toBe(withoutWhitespace(`${notice['issuer']}文件${notice['title']}`));
    const last = pdf.pages.at(-1)!;
    const lines = textLines(last).filter((line) => !/^—\d+—$/.test(withoutWhitespace(line.text)));
    const lowest = lines.reduce((low, line) => (line.y < low.y ? line : low));
    expect(withoutWhitespace(lowest.text)).toMatch(/印发$/);
    // The text block ends 35 mm above the bottom edge; the last line of 版记 sits just above that.
    expect(lowest.y).toBeGreaterThan(mm(35));
    expect(lowest.y).toBeLessThan(mm(35) + 30);
  });

  it('prints a notice without number, addressees or closing block, on letter paper', async () => {
    const deck = path.join(work, 'decks', 'plain');
    await mkdir(deck, { recursive: true });
    await writeFile(path.join(deck, 'notice.md'), '---\nissuer: 某某大学团委\ntitle: 关于开展学习的通知\n---\n\n正文第一段。\n\n一、总体要求\n\n（一）提高政治站位。要认真学习，深入领会。\n\n二、有关要求\n\n请按时报送。\n');
    const result = await printOriginal(deck, { outDir, browser, paper: papers.letter });
    const plain = await readPdf(result.pdfPath);
    expectPaper(plain, letter);
    // No number to show a 文件: the letter (信函) header, the issuer's name alone.
    expect(plain.text).not.toContain('文件');
    expect(missingFrom(plain.text, ['某某大学团委', '关于开展学习的通知', '正文第一段。', '一、总体要求', '（一）提高政治站位。要认真学习，深入领会。', '请按时报送。', '某某大学团委'])).toEqual([]);
    // Numbered paragraphs are recognised as sections too: 一、 and 二、 are bookmarked, （一） is not.
    expect(plain.outline.map((entry) => entry.title)).toEqual(['一、总体要求', '二、有关要求']);
    expect(plain.outline.every((entry) => entry.children.length === 0)).toBe(true);
    expect(await badFonts(result.pdfPath)).toEqual([]);
  });
});

describe('title line breaks', () => {
  const pieces = (title: string) => titleBreaks(title).flatMap((node) => (node.type === 'text' ? [node.value] : []));

  it('break only between whole words: never inside a name the dictionary cuts (习|近平), a number or 〔…〕', () => {
    const title = String(frontMatter(noticeText)['title']);
    const parts = pieces(title);
    expect(parts.join('')).toBe(title);
    expect(parts.length).toBeGreaterThan(4);
    expect(parts.some((part) => part.includes('习近平'))).toBe(true);
    const numbered = pieces('某某团委关于转发中青发〔2016〕9号文件和2024年5月4日讲话的通知');
    expect(numbered.some((part) => part.includes('中青发〔2016〕9号'))).toBe(true);
    expect(numbered.some((part) => part.includes('2024年5月4日'))).toBe(true);
    expect(pieces('关于开展“青春心向党”主题团日活动的通知').some((part) => part.startsWith('”'))).toBe(false);
  });
});

describe('print commands', () => {
  function program(): Command {
    const cli = new Command('notice-deck').exitOverride().configureOutput({ writeErr: () => {}, writeOut: () => {} });
    registerHandout(cli);
    registerOriginal(cli);
    return cli;
  }

  it('write <deck>-original.pdf into --out, with --paper, and nothing else', async () => {
    // A one-page notice: the sample's original is printed and checked above.
    const deck = path.join(work, 'decks', 'short');
    await mkdir(deck, { recursive: true });
    await writeFile(path.join(deck, 'notice.md'), '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n');
    const dir = path.join(work, 'cli-out');
    const write = process.stdout.write;
    let output = '';
    process.stdout.write = ((chunk: string) => ((output += chunk), true)) as typeof process.stdout.write;
    try {
      await program().parseAsync(['original', deck, '--out', dir, '--paper', 'LETTER'], { from: 'user' });
    } finally {
      process.stdout.write = write;
    }
    expect(output).toMatch(/short-original\.pdf（1 页）\n$/);
    expect(await readdir(dir)).toEqual([manifestFileName, 'short-original.pdf']);
    expectPaper(await readPdf(path.join(dir, 'short-original.pdf')), letter);
  });

  it.each([
    [['handout', sampleDeck, '--per-page', '5'], /--per-page/],
    [['handout', sampleDeck, '--paper', 'a5'], /--paper/],
  ])('refuse %j', async (args, message) => {
    const error = await program()
      .parseAsync(args, { from: 'user' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).code).toBe('commander.invalidArgument');
    expect((error as CommanderError).message).toMatch(message);
  });

  it('leave no temporary files in the output folder', async () => {
    const names = await readdir(outDir);
    expect(names.filter((name) => name !== manifestFileName && !/^[\w-]+-(handout-[12346]|notes|original)\.pdf$/.test(name))).toEqual([]);
  });
});
