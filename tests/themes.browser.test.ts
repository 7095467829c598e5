/**
 * Themes and deck overrides, end to end: the sample deck in every theme at both sizes in a
 * Chromium that has no Chinese system font (the default theme in deck.browser.test.ts).
 */
import { mkdir, mkdtemp, readFile, rm, writeFile, cp } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { builtInThemesDir, loadThemes } from '../src/layout/themes.js';
import { loadDeck, loadPrintView } from '../src/check/page.js';
import { slideSizes } from '../src/render/slide-size.js';
import { testBrowser } from './support/browser.js';
import { findFallbackFonts, findOverflow, sectionCount, slideSelector } from './support/deck-checks.js';

const sampleDeck = fileURLToPath(new URL('../decks/zqf-2016-9/', import.meta.url));
let tmp: string;
let browser: Browser;
/**
 * One page for every deck of the file. The layout checks open each deck in reveal's print view: a
 * theme lays slides out the same there (none styles the print view apart), and every slide is
 * measured at once, where the screen view shows and measures slide after slide
 * (src/check/check-deck.test.ts holds the two views to the same findings).
 */
let page: Page;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'themes-'));
  browser = await testBrowser();
  page = await browser.newPage();
}, 120_000);
afterAll(async () => {
  await page?.close();
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
}, 120_000);

describe('every theme at both sizes', { timeout: 120_000 }, async () => {
  const themes = [...(await loadThemes([builtInThemesDir])).keys()];
  it('has the four themes', () => {
    expect(themes).toEqual(['contrast', 'formal', 'light', 'print']);
  });
  // The sample in the default theme, formal, is checked the same way at both sizes in deck.browser.test.ts.
  for (const theme of themes.filter((name) => name !== 'formal')) {
    for (const [sizeName, size] of Object.entries(slideSizes)) {
      it(`${theme} at ${sizeName}: no overflow, no fallback font`, async () => {
        const built = await buildDeck(sampleDeck, { outDir: path.join(tmp, `${theme}-${sizeName.replace(':', 'x')}`), theme, size });
        await loadPrintView(page, built.htmlPath, built.size);
        expect(await sectionCount(page)).toBe(built.slideCount);
        expect(await findOverflow(page, built.size)).toEqual([]);
        expect(await findFallbackFonts(page)).toEqual([]);
      });
    }
  }
});

describe('a deck with its own templates and variables', { timeout: 120_000 }, () => {
  let deckDir: string;
  beforeAll(async () => {
    deckDir = path.join(tmp, 'own');
    await mkdir(path.join(deckDir, 'templates', 'layouts'), { recursive: true });
    await cp(path.join(sampleDeck, 'notice.md'), path.join(deckDir, 'notice.md'));
  });

  it('uses the overriding layout and colour', async () => {
    const builtIn = await readFile(fileURLToPath(new URL('../templates/layouts/section.html', import.meta.url)), 'utf8');
    await writeFile(path.join(deckDir, 'templates', 'layouts', 'section.html'), builtIn.replace('<section class="slide layout-section">', '<section class="slide layout-section branch-section">'));
    await writeFile(path.join(deckDir, 'deck.yaml'), "templates: templates\nvariables:\n  color-divider-background: '#123456'\n");
    const built = await buildDeck(deckDir, { outDir: path.join(tmp, 'own-out') });
    await loadDeck(page, built.htmlPath, built.size);
    const background = await page.evaluate(() => {
      const frame = document.querySelector('section.branch-section .slide-frame');
      return frame && getComputedStyle(frame).backgroundColor;
    });
    expect(background).toBe('rgb(18, 52, 86)');
  });

  it('rejects a layout lacking a slot the built-in one has, and one with script', async () => {
    await writeFile(path.join(deckDir, 'deck.yaml'), 'templates: templates\n');
    await writeFile(path.join(deckDir, 'templates', 'layouts', 'section.html'), '<section><h2><slot name="title" required></slot></h2></section>');
    await expect(buildDeck(deckDir, { outDir: path.join(tmp, 'bad') })).rejects.toThrow('幻灯片自带的版式“section”缺少内置版式有的插槽“number”');
    await writeFile(path.join(deckDir, 'templates', 'layouts', 'section.html'), '<section><slot name="number"></slot><slot name="title"></slot><script>alert(1)</script></section>');
    await expect(buildDeck(deckDir, { outDir: path.join(tmp, 'bad') })).rejects.toThrow(/版式里不能有脚本/);
  });

  it('puts the branch logo and footer on content slides, inside the frame', async () => {
    const brandDir = path.join(tmp, 'brand');
    await mkdir(brandDir, { recursive: true });
    await cp(path.join(sampleDeck, 'notice.md'), path.join(brandDir, 'notice.md'));
    await cp(fileURLToPath(new URL('../docs/images/theme-light.png', import.meta.url)), path.join(brandDir, 'logo.png'));
    await writeFile(path.join(brandDir, 'deck.yaml'), 'logo: logo.png\nfooter: 某某学院计算机系第一团支部\n');
    const built = await buildDeck(brandDir, { outDir: path.join(tmp, 'brand-out') });
    await loadPrintView(page, built.htmlPath, built.size);
    const brands = await page.evaluate(
      (selector) =>
        Array.from(document.querySelectorAll(selector), (section) => ({
          layout: section.className,
          footer: section.querySelector('.slide-frame .slide-brand span')?.textContent ?? null,
          logoLoaded: (section.querySelector('.slide-brand img') as HTMLImageElement | null)?.naturalWidth ?? 0,
        })),
      slideSelector,
    );
    expect(brands).toHaveLength(built.slideCount);
    expect(brands.filter((slide) => /layout-(cover|section|closing)/.test(slide.layout)).every((slide) => slide.footer === null)).toBe(true);
    const content = brands.filter((slide) => /layout-(points|cards|quote)/.test(slide.layout));
    expect(content.length).toBeGreaterThan(5);
    expect(content.every((slide) => slide.footer === '某某学院计算机系第一团支部' && slide.logoLoaded > 0)).toBe(true);
    expect(await findOverflow(page, built.size)).toEqual([]);
    expect(await findFallbackFonts(page)).toEqual([]);
  });

  it('rejects an unknown theme, listing the available ones', async () => {
    await expect(buildDeck(sampleDeck, { outDir: path.join(tmp, 'x'), theme: 'red' })).rejects.toThrow('主题“red”不存在；可用的主题：contrast、formal、light、print');
  });
});
