/**
 * End to end: the sample deck, with a branch's logo and footer, exported as .pptx and read back
 * from its XML: same slides in the same order with the same text, notes, pictures and titles as the
 * HTML deck. Where LibreOffice is installed, the file is also rendered to PDF and compared with the
 * deck in Chromium: every line inside its text box, at its size, where the deck has it.
 */
import { spawnSync } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type BuiltDeck } from '../src/build/build-deck.js';
import { loadPrintView } from '../src/check/page.js';
import { exportDeckPptx } from '../src/pptx/export-pptx.js';
import { repairOoxml } from '../src/pptx/ooxml-repairs.js';
import { testBrowser } from './support/browser.js';
import { slideSelector } from './support/deck-checks.js';
import { pptxPackageProblems } from './support/ooxml-package.js';
import { openXmlSdkErrors } from './support/open-xml-validator.js';
import { writtenByPptxgenjs } from './support/pptxgenjs-file.js';
import { readPdf, withoutWhitespace } from './support/pdf.js';
import { readPptx, type PptxSlide } from './support/pptx.js';

const sampleDeck = fileURLToPath(new URL('../decks/zqf-2016-9/', import.meta.url));
const logoSource = fileURLToPath(new URL('../docs/images/theme-light.png', import.meta.url));
const footer = '某某学院计算机系第一团支部';

/** What the HTML deck shows on one slide, read in Chromium. */
interface HtmlSlide {
  text: string;
  notes: string;
  /** The first h1/h2: its text and content box. */
  title: { text: string; x: number; y: number } | null;
  pictures: string[];
  /** Every visible character with the left edge and vertical centre of its box. */
  chars: { char: string; x: number; right: number; y: number }[];
}

let tmp: string;
let browser: Browser;
let built: BuiltDeck;
let pptxPath: string;
let html: HtmlSlide[];
let slides: PptxSlide[];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'pptx-'));
  const deckDir = path.join(tmp, 'zqf-2016-9');
  await mkdir(deckDir);
  await copyFile(path.join(sampleDeck, 'notice.md'), path.join(deckDir, 'notice.md'));
  await copyFile(logoSource, path.join(deckDir, 'logo.png'));
  await writeFile(path.join(deckDir, 'deck.yaml'), `logo: logo.png\nfooter: ${footer}\n`);
  [browser, built] = await Promise.all([testBrowser(), buildDeck(deckDir, { outDir: path.join(tmp, 'out') })]);
  pptxPath = path.join(built.outDir, `${built.name}.pptx`);
  await exportDeckPptx(browser, built.htmlPath, pptxPath, built.size);
  slides = await readPptx(pptxPath);
  html = await readHtmlSlides();
}, 240_000);

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}, 120_000);

/**
 * Every slide of the HTML deck as reveal's print view lays it out: all slides at once, each at the
 * slide size, the same layout the screen view shows one slide at a time (and `pptx` reads).
 */
async function readHtmlSlides(): Promise<HtmlSlide[]> {
  const page = await browser.newPage();
  try {
    await loadPrintView(page, built.htmlPath, built.size);
    return await page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector), (section) => {
          const frame = section.querySelector(':scope > .slide-frame')!;
          const origin = frame.getBoundingClientRect();
          const title = frame.querySelector('h1, h2');
          const titleStyle = title && getComputedStyle(title);
          const titleBox = title?.getBoundingClientRect();
          const chars: { char: string; x: number; right: number; y: number }[] = [];
          const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const text = node.nodeValue ?? '';
            for (let i = 0; i < text.length; i++) {
              if (/\s/u.test(text[i]!)) continue;
              range.setStart(node, i);
              range.setEnd(node, i + 1);
              const box = range.getBoundingClientRect();
              if (box.width === 0) continue;
              chars.push({ char: text[i]!, x: box.left - origin.left, right: box.right - origin.left, y: (box.top + box.bottom) / 2 - origin.top });
            }
          }
          return {
            text: frame.textContent ?? '',
            notes: Array.from(section.querySelectorAll(':scope > aside.notes > p')).map((p) => p.textContent).join('\n'),
            title:
              title && titleBox && titleStyle
                ? {
                    text: title.textContent ?? '',
                    x: titleBox.left - origin.left + parseFloat(titleStyle.borderLeftWidth) + parseFloat(titleStyle.paddingLeft),
                    y: titleBox.top - origin.top + parseFloat(titleStyle.borderTopWidth) + parseFloat(titleStyle.paddingTop),
                  }
                : null,
            pictures: Array.from(frame.querySelectorAll('img')).map((img) => img.currentSrc),
            chars,
          };
        }),
      slideSelector,
    );
  } finally {
    await page.close();
  }
}

describe('notice-deck pptx', { timeout: 60_000 }, () => {
  it('has one slide per deck slide, each with the deck slide’s text in the same order', () => {
    expect(slides.length).toBe(built.slideCount);
    expect(html.length).toBe(built.slideCount);
    const problems = slides.flatMap((slide, index) => {
      const pptxText = withoutWhitespace(slide.shapes.map((shape) => shape.text).join(''));
      const htmlText = withoutWhitespace(html[index]!.text);
      return pptxText === htmlText ? [] : [`slide ${index + 1}: pptx “${pptxText}” ≠ deck “${htmlText}”`];
    });
    expect(problems).toEqual([]);
  });

  it('carries the deck’s speaker notes, paragraph by paragraph', () => {
    const problems = slides.flatMap((slide, index) =>
      slide.notes === html[index]!.notes ? [] : [`slide ${index + 1}: notes “${slide.notes.slice(0, 40)}…” ≠ “${html[index]!.notes.slice(0, 40)}…”`],
    );
    expect(html.every((slide) => slide.notes.length > 0)).toBe(true);
    expect(problems).toEqual([]);
  });

  it('makes each slide’s heading its title placeholder, where the deck has it', () => {
    const problems = slides.flatMap((slide, index) => {
      const titles = slide.shapes.filter((shape) => shape.placeholder === 'title');
      const expected = html[index]!.title;
      if (!expected) return titles.length === 0 ? [] : [`slide ${index + 1}: a title placeholder on a slide without heading`];
      if (titles.length !== 1) return [`slide ${index + 1}: ${titles.length} title placeholders`];
      const [title] = titles;
      const problems: string[] = [];
      if (withoutWhitespace(title!.text) !== withoutWhitespace(expected.text)) problems.push(`slide ${index + 1}: title “${title!.text}” ≠ “${expected.text}”`);
      // A box may be widened for substituted fonts, to the left when centred; its top stays.
      if (Math.abs(title!.box.y - expected.y) > 1 || title!.box.x > expected.x + 1) {
        problems.push(`slide ${index + 1}: title box at ${Math.round(title!.box.x)},${Math.round(title!.box.y)}, deck ${Math.round(expected.x)},${Math.round(expected.y)}`);
      }
      return problems;
    });
    expect(slides.filter((slide) => slide.shapes.some((shape) => shape.placeholder === 'title')).length).toBeGreaterThan(slides.length / 2);
    expect(problems).toEqual([]);
  });

  it('shows the branch’s logo, as the same picture, and its footer on every slide that has them', async () => {
    const logo = new Uint8Array(await readFile(logoSource));
    const withLogo = html.flatMap((slide, index) => (slide.pictures.some((src) => src.endsWith('logo.png')) ? [index] : []));
    expect(withLogo.length).toBeGreaterThan(0);
    const problems = withLogo.flatMap((index) => {
      const slide = slides[index]!;
      return [
        ...(slide.pictures.some((picture) => Buffer.from(picture).equals(logo)) ? [] : [`slide ${index + 1}: no picture with the logo’s bytes`]),
        ...(slide.shapes.some((shape) => shape.text === footer) ? [] : [`slide ${index + 1}: no text box “${footer}”`]),
      ];
    });
    expect(problems).toEqual([]);
  });

  it('marks every run as Chinese and writes each paragraph’s properties once, first', () => {
    const languages = new Set(slides.flatMap((slide) => slide.shapes.flatMap((shape) => shape.languages)));
    expect([...languages]).toEqual(['zh-CN']);
    const stray = slides.flatMap((slide, index) => ((slide.xml.match(/(<\/a:r>|<a:br\/>)<a:pPr\b/gu) ?? []).length > 0 ? [`slide ${index + 1}`] : []));
    expect(stray).toEqual([]);
  });

  it('has nothing that makes PowerPoint offer to repair the file, and passes the Open XML SDK’s validation', { timeout: 300_000 }, async () => {
    const pptx = new Uint8Array(await readFile(pptxPath));
    expect(await pptxPackageProblems(pptx)).toEqual([]);
    expect(await openXmlSdkErrors(pptx)).toEqual([]);
  });

  // Here, not beside the package checks' own tests (tests/support/ooxml-package.test.ts): the SDK's
  // .NET runtime takes seconds of CPU to start, once in each test file that uses it.
  it('has an Open XML SDK check that can fail: the notes master listed after the slides in pptxgenjs’s own file, nothing once repaired', { timeout: 300_000 }, async () => {
    const written = await writtenByPptxgenjs();
    expect(await openXmlSdkErrors(written)).toEqual([expect.stringMatching(/^\/ppt\/presentation\.xml \/p:presentation\[1\]: .*unexpected child element .*notesMasterIdLst/u)]);
    expect(await openXmlSdkErrors(await repairOoxml(written))).toEqual([]);
  });
});

/** Why LibreOffice cannot render the file here, or null when it can. */
function libreOfficeMissing(): string | null {
  if (spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status !== 0) return 'LibreOffice (soffice) is not installed';
  const chinese = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (!chinese.stdout?.trim()) return 'fontconfig has no Chinese font for LibreOffice to draw with';
  return null;
}
const missing = libreOfficeMissing();

/** The Office fonts the file names, drawn by whatever Noto CJK or Noto SC fontconfig has. */
async function writeOfficeFontAliases(dir: string): Promise<string> {
  const file = path.join(dir, 'fonts.conf');
  const alias = (office: string, families: string[]) =>
    `  <alias binding="same"><family>${office}</family><prefer>${families.map((family) => `<family>${family}</family>`).join('')}</prefer></alias>`;
  await writeFile(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <include ignore_missing="yes">${process.env['FONTCONFIG_FILE'] ?? '/etc/fonts/fonts.conf'}</include>`,
      alias('微软雅黑', ['Noto Sans CJK SC', 'Noto Sans SC', 'Source Han Sans SC']),
      alias('宋体', ['Noto Serif CJK SC', 'Noto Serif SC', 'Source Han Serif SC']),
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

describe.skipIf(missing !== null)(`rendered by LibreOffice${missing ? ` (skipped: ${missing})` : ''}`, { timeout: 180_000 }, () => {
  /**
   * How far a line may sit from where the deck has it, in CSS px. LibreOffice puts all of an exact
   * line spacing's leading above the text where CSS splits it, which moves lines of a generous line
   * height (the quote's 1.7) down by up to 8 px.
   */
  const tolerance = 10;
  const pxPerPt = 96 / 72;
  let pages: Awaited<ReturnType<typeof readPdf>>['pages'];

  beforeAll(async () => {
    const outDir = path.join(tmp, 'libreoffice');
    const fontconfig = await writeOfficeFontAliases(tmp);
    const converted = spawnSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(tmp, 'lo-profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, pptxPath],
      { env: { ...process.env, FONTCONFIG_FILE: fontconfig }, encoding: 'utf8', timeout: 170_000 },
    );
    const pdf = (await readdir(outDir).catch(() => [])).find((file) => file.endsWith('.pdf'));
    if (!pdf) throw new Error(`LibreOffice wrote no PDF: ${converted.stderr}`);
    ({ pages } = await readPdf(path.join(outDir, pdf)));
  }, 180_000);

  /** A PDF text item in CSS px: left edge, baseline, right edge, font size. */
  const lineOf = (page: (typeof pages)[number], item: (typeof pages)[number]['items'][number]) => ({
    text: withoutWhitespace(item.text),
    left: item.x * pxPerPt,
    right: (item.x + item.width) * pxPerPt,
    baseline: (page.height - item.y) * pxPerPt,
    size: item.fontSize * pxPerPt,
  });

  it('renders every slide, every line inside its text box at its own size (nothing shrunk or spilling)', () => {
    expect(pages.length).toBe(slides.length);
    const problems = pages.flatMap((page, index) => {
      const boxes = slides[index]!.shapes.filter((shape) => shape.text);
      const sizes = boxes.flatMap((shape) => shape.fontSizes.map((pt) => pt * pxPerPt));
      return page.items.flatMap((item) => {
        const line = lineOf(page, item);
        // The ideographic em box: 0.88 em above the baseline, 0.12 em below.
        const top = line.baseline - 0.88 * line.size;
        const bottom = line.baseline + 0.12 * line.size;
        // PowerPoint and LibreOffice hang a line's closing punctuation past the box's edge, as CJK typesetting does.
        const hanging = /[、，。；：！？”’）》]$/u.test(line.text) ? line.size : 0;
        // LibreOffice sets the baseline of an exact line spacing one descent (0.29 em) above the line's bottom,
        // where CSS centres the em box: for the deck's `normal` spacing of 1 em that is 0.17 em higher.
        const slack = Math.max(2, 0.2 * line.size);
        const inside = boxes.some(
          ({ box }) => line.left >= box.x - 2 && line.right <= box.x + box.w + 2 + hanging && top >= box.y - slack && bottom <= box.y + box.h + slack,
        );
        const where = `slide ${index + 1}: “${line.text.slice(0, 20)}”`;
        return [
          ...(inside ? [] : [`${where} at ${Math.round(line.left)},${Math.round(top)}–${Math.round(line.right)},${Math.round(bottom)} is outside every text box`]),
          ...(sizes.some((size) => Math.abs(size - line.size) <= 0.03 * size) ? [] : [`${where} is set at ${line.size.toFixed(1)}px, not a size the slide asks for`]),
        ];
      });
    });
    expect(problems).toEqual([]);
  });

  it('puts the first line of every text box where the deck has it', () => {
    const problems = pages.flatMap((page, index) => {
      const chars = html[index]!.chars;
      const lines = page.items.map((item) => lineOf(page, item));
      const found: string[] = [];
      // Both sides as character streams, matched in order, so a repeated phrase is found where it belongs.
      const pdfChars = lines.flatMap((line, item) => [...line.text].map((char) => ({ char, item })));
      const pdfText = pdfChars.map(({ char }) => char).join('');
      const deckText = chars.map(({ char }) => char).join('');
      let from = 0;
      let at = 0;
      for (const shape of slides[index]!.shapes.filter((shape) => withoutWhitespace(shape.text))) {
        const start = withoutWhitespace(shape.text).slice(0, 4);
        at = pdfText.indexOf(start, at);
        from = deckText.indexOf(start, from);
        if (at === -1 || from === -1) {
          found.push(`slide ${index + 1}: “${start}…” not found in ${at === -1 ? 'LibreOffice’s rendering' : 'the deck'}`);
          break;
        }
        const item = pdfChars[at]!.item;
        // The whole first line on both sides: LibreOffice splits a line into items where it adds space between Han and Latin.
        const skip = withoutWhitespace(shape.text).length;
        const shapeItems = new Set(pdfChars.slice(at, at + skip).map((char) => char.item));
        const pdfLine = lines.filter((line, i) => shapeItems.has(i) && Math.abs(line.baseline - lines[item]!.baseline) < 1);
        const deckLine = chars.slice(from, from + skip).filter((char) => Math.abs(char.y - chars[from]!.y) < 1);
        const size = lines[item]!.size;
        // The deck's character boxes are centred 0.43 em above the baseline (Noto's ascent and descent), as is LibreOffice's line.
        const dy = lines[item]!.baseline - 0.43 * size - chars[from]!.y;
        // Centred lines are compared by their middles: LibreOffice widens a line between Han and digits,
        // and CSS adds letter spacing after the last character too, neither of which moves a middle by much.
        const centred = /algn="ctr"/u.test(shape.paragraphXml);
        const dx = centred
          ? (Math.min(...pdfLine.map((line) => line.left)) + Math.max(...pdfLine.map((line) => line.right))) / 2 -
            (deckLine[0]!.x + deckLine[deckLine.length - 1]!.right) / 2
          : lines[item]!.left - chars[from]!.x;
        if (Math.abs(dx) > tolerance || Math.abs(dy) > tolerance) {
          found.push(`slide ${index + 1}: “${shape.text.slice(0, 12)}…” is ${Math.round(dx)}px across, ${Math.round(dy)}px down from the deck`);
        }
        at += skip;
        from += skip;
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
});
