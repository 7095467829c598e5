/**
 * End to end: builds decks with buildDeck and checks them in headless Chromium on a machine with no
 * Chinese system font, so everything Chinese on a slide must come from the fonts the deck embeds.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck, type BuiltDeck } from '../src/build/build-deck.js';
import { testBrowser, platformFontsOf, systemCjkFont } from './support/browser.js';
import {
  deckText,
  findFallbackFonts,
  findOverflow,
  findTofu,
  isSubsequence,
  missingInOrder,
  noticeBodyParagraphs,
  onlineRequests,
  openDeck,
  sectionCount,
  showSlide,
  tofuCheck,
  type OpenedDeck,
} from './support/deck-checks.js';
import { findLineBreakViolations } from './support/line-breaks.js';
import { longTitle, syntheticNotice } from './support/synthetic-notice.js';
import { loadPrintView } from '../src/check/page.js';
import { slideSizes } from '../src/render/slide-size.js';

const sampleDeck = fileURLToPath(new URL('../decks/zqf-2016-9/', import.meta.url));
const hookTimeout = 120_000;

let tmp: string;
let browser: Browser;
/** The sample deck, built once for the whole file. */
let sample: BuiltDeck;
const sampleWarnings: string[] = [];
/**
 * The sample, opened once for every test that reads it: a test that changes the page (the checks
 * that must fail) puts it back as it was. Its requests are checked before one of those adds a request
 * to the network.
 */
let sampleDeckPage: OpenedDeck;
/**
 * One page for the other decks, each opened in reveal's print view: their tests check the layout and
 * the fonts, which are the same there, on every slide at once instead of slide after slide
 * (src/check/check-deck.test.ts holds the two views to the same findings). The sample's own tests
 * stay in the screen view, which is what the audience sees.
 */
let printPage: Page;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'deck-browser-'));
  [browser, sample] = await Promise.all([
    testBrowser(),
    buildDeck(sampleDeck, { outDir: path.join(tmp, 'zqf-2016-9'), warn: (message) => sampleWarnings.push(message) }),
  ]);
  [sampleDeckPage, printPage] = await Promise.all([openDeck(browser, sample.htmlPath, sample.size), browser.newPage()]);
}, hookTimeout);

afterAll(async () => {
  await sampleDeckPage?.page.close();
  await printPage?.close();
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}, hookTimeout);

describe('the test browser', { timeout: 60_000 }, () => {
  it('sees no Chinese system font, so only embedded fonts can draw Chinese text', async () => {
    const page = await browser.newPage();
    try {
      await page.setContent('<!doctype html><html lang="zh-CN"><body><span style="font-family: sans-serif">中</span></body></html>');
      const fonts = await platformFontsOf(page, 'span');
      const leaking = fonts.filter((font) => systemCjkFont.test(`${font.familyName} ${font.postScriptName ?? ''}`));
      expect(leaking, `system fonts draw “中”: ${JSON.stringify(fonts)}; the test environment leaks system fonts`).toEqual([]);
      expect(fonts.length).toBeGreaterThan(0);
      expect(fonts.every((font) => !font.isCustomFont)).toBe(true);
      // Only the fonts of the Latin-only configuration exist for this browser.
      for (const font of fonts) expect(font.familyName).toMatch(/^DejaVu /);
    } finally {
      await page.close();
    }
  });
});

describe('the sample notice deck (zqf-2016-9)', { timeout: 120_000 }, () => {
  let built: BuiltDeck;
  let deck: OpenedDeck;
  let page: Page;

  beforeAll(() => {
    built = sample;
    deck = sampleDeckPage;
    page = deck.page;
  });

  it('builds with one warning: the stray “and” the notice was issued with', () => {
    expect(sampleWarnings).toEqual([expect.stringMatching(/notice\.md:33:401: 提醒：中文句子里夹着英文“and”.*\[stray-latin\]$/u)]);
  });

  it('has every built slide in reveal.js: cover, three section dividers, content, closing', async () => {
    const total = await page.evaluate(() => Reveal.getTotalSlides());
    expect(total).toBe(built.slideCount);
    expect(await sectionCount(page)).toBe(built.slideCount);
    const { slides } = await deckText(page);
    expect(slides.filter((slide) => slide.layout === 'layout-section')).toHaveLength(3);
    expect(slides[0]?.layout).toBe('layout-cover');
    expect(slides.at(-1)?.layout).toBe('layout-closing');
    expect(built.slideCount).toBeGreaterThanOrEqual(5);
  });

  it('is in Chinese (html lang="zh-CN")', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
  });

  it('overflows no slide', async () => {
    expect(await findOverflow(page, built.size)).toEqual([]);
  });

  it('draws every glyph with the embedded Noto Sans SC / Noto Serif SC', async () => {
    expect(await findFallbackFonts(page)).toEqual([]);
  });

  it('has a tofu check that can fail: it flags a character the font lacks, passes one it has', async () => {
    // U+E000 is private use: Noto Sans SC has no glyph for it; “中” is in every deck's subset.
    expect(await tofuCheck(page, '32px "Noto Sans SC"', ['\uE000', '中'])).toEqual(['missing glyph (no face)', null]);
  });

  it('shows no missing-glyph boxes', async () => {
    expect(await findTofu(page)).toEqual([]);
  });

  it('has speaker notes on every slide but the cover and closing, holding the whole notice text in order', async () => {
    const { slides } = await deckText(page);
    const withoutNotes = slides
      .map((slide, index) => ({ ...slide, index }))
      .filter((slide) => slide.layout !== 'layout-cover' && slide.layout !== 'layout-closing' && !slide.notes?.trim())
      .map((slide) => `slide ${slide.index + 1} (${slide.layout}): “${slide.text.trim().slice(0, 30)}”`);
    expect(withoutNotes).toEqual([]);

    const paragraphs = noticeBodyParagraphs(await readFile(path.join(sampleDeck, 'notice.md'), 'utf8'));
    expect(paragraphs.length).toBeGreaterThanOrEqual(10);
    const notes = slides.map((slide) => slide.notes ?? '').join('');
    expect(missingInOrder(paragraphs, notes)).toEqual([]);
    expect(isSubsequence(paragraphs.join(''), slides.map((slide) => (slide.notes ?? '') + slide.text).join(''))).toBe(true);
  });

  it('works offline: every request is file://, none failed, no script error', async () => {
    // Visit every slide so that every font subset the deck uses has been requested.
    for (let index = 0; index < built.slideCount; index++) await showSlide(page, index);
    expect(onlineRequests(deck.requests)).toEqual([]);
    // The fonts are in the stylesheet, as data: URLs: loading one proves the deck uses its own.
    expect(deck.requests.some((url) => url.startsWith('data:font/woff2'))).toBe(true);
    expect(deck.failedRequests).toEqual([]);
    expect(deck.errors).toEqual([]);
  });
});

describe('a synthetic notice: 90-character title, 1,500-character paragraph, empty section, 40-item list, mixed text', { timeout: 120_000 }, () => {
  let built: BuiltDeck;
  let page: Page;
  let notice: string;
  const syntheticWarnings: string[] = [];

  beforeAll(async () => {
    const folder = path.join(tmp, 'decks', 'synthetic');
    await mkdir(folder, { recursive: true });
    notice = syntheticNotice();
    await writeFile(path.join(folder, 'notice.md'), notice);
    built = await buildDeck(folder, { outDir: path.join(tmp, 'synthetic'), warn: (message) => syntheticWarnings.push(message) });
    page = printPage;
    await loadPrintView(page, built.htmlPath, built.size);
  }, hookTimeout);

  it('is the notice the test means to build', async () => {
    expect([...longTitle(90)]).toHaveLength(90);
    expect(notice).toContain('# 一、只有标题\n\n# 二、');
    expect(notice).toContain('- 第40项工作要求');
    expect(syntheticWarnings).toEqual([]);
    expect(built.slideCount).toBe(await page.evaluate(() => Reveal.getTotalSlides()));
    expect(await sectionCount(page)).toBe(built.slideCount);
  });

  it('overflows no slide', async () => {
    expect(await findOverflow(page, built.size)).toEqual([]);
  });

  it('draws every glyph with the embedded Noto Sans SC / Noto Serif SC', async () => {
    expect(await findFallbackFonts(page)).toEqual([]);
  });

  it('shows no missing-glyph boxes', async () => {
    expect(await findTofu(page)).toEqual([]);
  });

  it('keeps the whole notice text, in order, in the speaker notes', async () => {
    const { slides } = await deckText(page);
    const notes = slides.map((slide) => slide.notes ?? '').join('');
    expect(missingInOrder(noticeBodyParagraphs(notice), notes)).toEqual([]);
  });
});

describe('the checks catch a broken deck', { timeout: 60_000 }, () => {
  let deck: OpenedDeck;
  let page: Page;
  /** A points slide with a long paragraph, found in the sample deck. */
  let slide: number;

  beforeAll(async () => {
    deck = sampleDeckPage;
    page = deck.page;
    const { slides } = await deckText(page);
    slide = slides.findIndex((candidate) => candidate.layout === 'layout-points' && candidate.text.length > 150);
    expect(slide).toBeGreaterThan(0);
  }, hookTimeout);

  it('overflow: text too big for the slide, a box wider than the slide', async () => {
    expect(await findOverflow(page, sample.size, [slide])).toEqual([]);
    const style = await page.addStyleTag({ content: '.reveal .slide-body p, .reveal .slide-body li { font-size: 60px; } .reveal .slide-title { width: 1400px; }' });
    const problems = await findOverflow(page, sample.size, [slide]);
    await style.evaluate((element) => element.remove());
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^slide ${slide + 1}: <div.slide-frame>“.*” 的内容高 \\d+px，框只有 720px`)));
    expect(problems).toContainEqual(expect.stringMatching(/<h2\.slide-title>“.*” 在 \[80, \d+\]–\[1480, \d+\]，超出页面/));
    expect(problems).toContainEqual(expect.stringMatching(/^slide \d+: 文字“.*”有一行在 .*，超出页面/));
  });

  it('fonts: text drawn by a system font', async () => {
    const style = await page.addStyleTag({ content: '.reveal .slide-title { font-family: monospace !important; }' });
    const problems = await findFallbackFonts(page, [slide]);
    await style.evaluate((element) => element.remove());
    expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^slide ${slide + 1}: “.+”：有 \\d+ 个字由系统字体“DejaVu`)));
    expect(problems.every((problem) => problem.includes('系统字体'))).toBe(true);
  });

  it('tofu: a character no embedded font has', async () => {
    await page.evaluate((index) => {
      const paragraph = document.querySelectorAll('.reveal > .slides > section')[index]!.querySelector('.slide-body p, .slide-body li')!;
      paragraph.append(Object.assign(document.createElement('span'), { className: 'injected', textContent: '\uE000' }));
    }, slide);
    const problems = await findTofu(page);
    await page.evaluate(() => document.querySelector('.injected')?.remove());
    expect(problems).toEqual([expect.stringMatching(new RegExp(`^slide ${slide + 1}: “\uE000”（U\\+E000）用 .*Noto Sans SC.* 显示成方框`))]);
  });

  it('offline: a request to the network', async () => {
    await page.evaluate(() => new Promise((resolve) => {
      const image = new Image();
      image.onload = image.onerror = resolve;
      image.src = 'http://127.0.0.1:9/logo.png';
    }));
    expect(onlineRequests(deck.requests)).toEqual(['http://127.0.0.1:9/logo.png']);
  });

  it('lost text: a character left out or paragraphs out of order', () => {
    expect(missingInOrder(['甲乙丙', '丁戊'], '甲乙丙 丁戊')).toEqual([]);
    expect(missingInOrder(['甲乙丙', '丁戊'], '甲乙丁戊')).toEqual([expect.stringContaining('first 2 characters are, then “丙” is missing')]);
    expect(missingInOrder(['甲乙丙', '丁戊'], '丁戊甲乙丙')).toHaveLength(1);
    expect(isSubsequence('甲丙', '甲乙丙')).toBe(true);
    expect(isSubsequence('丙甲', '甲乙丙')).toBe(false);
  });
});

describe('at 4:3 (1024×768) too', { timeout: 120_000 }, () => {
  for (const [name, notice] of [
    ['the sample notice', () => readFile(path.join(sampleDeck, 'notice.md'), 'utf8')],
    ['the synthetic notice', async () => syntheticNotice()],
  ] as const) {
    it(`${name} overflows no slide and keeps the line-breaking rules`, async () => {
      const folder = path.join(tmp, 'decks-4x3', name.replace(/\W+/g, '-'));
      await mkdir(folder, { recursive: true });
      await writeFile(path.join(folder, 'notice.md'), await notice());
      const built = await buildDeck(folder, { outDir: path.join(folder, 'out'), size: slideSizes['4:3'] });
      await loadPrintView(printPage, built.htmlPath, built.size);
      expect(await sectionCount(printPage)).toBe(built.slideCount);
      expect(await findOverflow(printPage, built.size)).toEqual([]);
      expect(await findLineBreakViolations(printPage)).toEqual([]);
      // The sample at 4:3 in the formal theme is also the row of themes.browser.test.ts that is not there.
      if (name === 'the sample notice') expect(await findFallbackFonts(printPage)).toEqual([]);
    });
  }
});

describe('Chinese line breaking (禁则), line by line as set by the browser', { timeout: 120_000 }, () => {
  it('no line of the sample starts with closing or ends with opening punctuation, or splits a number', async () => {
    expect(await findLineBreakViolations(sampleDeckPage.page)).toEqual([]);
  });

  it('catches a violation when the rules are switched off', async () => {
    const { page } = sampleDeckPage;
    const style = await page.addStyleTag({ content: '.reveal .slide-frame { line-break: anywhere !important; word-break: break-all !important; }' });
    try {
      expect((await findLineBreakViolations(page)).length).toBeGreaterThan(0);
    } finally {
      await style.evaluate((element) => element.remove());
    }
  });
});

describe('highlights', { timeout: 120_000 }, () => {
  it('shows quoted terms of the sample in the accent colour', async () => {
    const marks = await sampleDeckPage.page.evaluate(() =>
      Array.from(document.querySelectorAll('.slide-frame mark.term'), (mark) => ({ text: mark.textContent, color: getComputedStyle(mark).color })),
    );
    expect(marks.map((mark) => mark.text)).toContain('“互联网+共青团”');
    expect(new Set(marks.map((mark) => mark.color))).toEqual(new Set(['rgb(192, 0, 0)']));
  });
});

describe('the speaker view (S key)', { timeout: 120_000 }, () => {
  it('shows the notes in the embedded font, not in a system font that lacks Chinese', async () => {
    // From the sample's page, after the tests that read it.
    const { page } = sampleDeckPage;
    await showSlide(page, 5);
    const popupTarget = browser.waitForTarget((target) => target.opener() === page.target());
    await page.keyboard.press('s');
    const popup = (await (await popupTarget).page())!;
    try {
      await popup.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 20, { timeout: 30_000 });
      await popup.evaluate(() => document.fonts.ready);
      const fonts = await platformFontsOf(popup, '.speaker-controls-notes .value');
      const drawnBy = fonts.filter((font) => font.glyphCount > 0).map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
      expect(drawnBy.length).toBeGreaterThan(0);
      expect(drawnBy.every((name) => /^Noto Sans SC/.test(name) && !name.endsWith('(system)')), drawnBy.join(', ')).toBe(true);
    } finally {
      await popup.close();
    }
  });
});
