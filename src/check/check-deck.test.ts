import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../tests/support/browser.js';
import { buildDeck, type BuiltDeck } from '../build/build-deck.js';
import { checkDeck } from './check-deck.js';
import { tofuCheck } from './fonts.js';
import { loadPrintView, openDeck } from './page.js';

const sampleDeck = fileURLToPath(new URL('../../decks/zqf-2016-9/', import.meta.url));

let tmp: string;
let browser: Browser;
let built: BuiltDeck;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'check-deck-'));
  [browser, built] = await Promise.all([testBrowser(), buildDeck(sampleDeck, { outDir: path.join(tmp, 'deck') })]);
});

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** The deck in reveal's print view, laid out as `pdf` prints it. */
async function openPrintView(): Promise<Page> {
  const page = await browser.newPage();
  await loadPrintView(page, built.htmlPath, built.size);
  return page;
}

/**
 * Breaks four slides that have body text, each in one way: too much text, a character no font
 * has, a system font, a placeholder. Returns their slide numbers, in that order.
 */
function injectFaults(page: Page): Promise<number[]> {
  return page.evaluate(() => {
    const sections = Array.from(document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section'));
    const textOf = (section: Element) => section.querySelector('.slide-frame p, .slide-frame li')!;
    const withText = sections.filter((section) => /layout-(?:points|cards)/.test(section.className) && textOf(section));
    const [overflowing, tofu, systemFont, placeholder] = withText;
    for (let i = 0; i < 30; i++) textOf(overflowing!).after(Object.assign(document.createElement('p'), { textContent: '多出来的一段文字，放不下了。' }));
    textOf(tofu!).append(Object.assign(document.createElement('span'), { textContent: '\uE000' }));
    const latin = Object.assign(document.createElement('span'), { textContent: 'Latin' });
    latin.style.fontFamily = "'DejaVu Sans'";
    textOf(systemFont!).append(latin);
    textOf(placeholder!).append(Object.assign(document.createElement('span'), { textContent: 'TODO' }));
    return [overflowing, tofu, systemFont, placeholder].map((section) => sections.indexOf(section!) + 1);
  });
}

describe('checkDeck', { timeout: 60_000 }, () => {
  it('finds the same faults on the print view, all slides at once, as on the screen view, slide by slide', async () => {
    const printView = await openPrintView();
    const screenView = (await openDeck(browser, built.htmlPath, built.size)).page;
    try {
      const [overflowing, tofu, systemFont, placeholder] = await injectFaults(printView);
      expect(await injectFaults(screenView)).toEqual([overflowing, tofu, systemFont, placeholder]);
      const printed = await checkDeck(printView, built.size);
      const expected = [
        { slide: overflowing, kind: 'overflow' },
        { slide: tofu, kind: 'font', message: expect.stringMatching(/^“\uE000”（U\+E000）用 .*Noto Sans SC.* 显示成方框/u) },
        { slide: systemFont, kind: 'font', message: expect.stringMatching(/^“.*Latin”：有 5 个字由系统字体“DejaVu Sans”显示/u) },
        { slide: placeholder, kind: 'placeholder' },
      ];
      for (const finding of expected) expect(printed).toContainEqual(expect.objectContaining(finding));
      expect(new Set(printed.map((finding) => finding.slide))).toEqual(new Set([overflowing, tofu, systemFont, placeholder]));
      const shown: number[] = [];
      const screened = await checkDeck(screenView, built.size, (index) => shown.push(index));
      expect(shown).toEqual([...Array(built.slideCount).keys()]);
      const summary = (findings: typeof printed) => findings.map(({ slide, kind }) => `${slide} ${kind}`);
      expect(summary(screened)).toEqual(summary(printed));
    } finally {
      await Promise.all([printView.close(), screenView.close()]);
    }
  });

  it('tells a missing glyph, a glyph that draws nothing and a drawn one apart', async () => {
    const page = await openPrintView();
    try {
      // U+E000 is private use, in no face; U+2800 (blank braille) only DejaVu has, and it draws nothing; “中” every deck has.
      const results = await tofuCheck(page, '32px "Noto Sans SC"', ['\uE000', '\u2800', '中']);
      expect(results.map((result) => result && result.reason)).toEqual(['missing glyph', 'draws nothing', null]);
    } finally {
      await page.close();
    }
  });
});
