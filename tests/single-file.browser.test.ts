/**
 * build --single-file, end to end: the file alone in an empty folder, opened in Chromium with every
 * request but the page itself blocked and no Chinese system font, still shows the deck in its own fonts.
 */
import { copyFile, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, HTTPRequest, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSingleFile } from '../src/build/single-file.js';
import type { BuiltDeck } from '../src/build/build-deck.js';
import { testBrowser, platformFontsOf } from './support/browser.js';
import { findFallbackFonts, findTofu, sectionCount, showSlide } from './support/deck-checks.js';

const sampleDeck = fileURLToPath(new URL('../decks/zqf-2016-9/', import.meta.url));

let tmp: string;
let browser: Browser;
let built: BuiltDeck;
/** The single file, copied alone into an empty folder. */
let alone: string;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'single-file-browser-'));
  [browser, built] = await Promise.all([testBrowser(), buildSingleFile(sampleDeck, { outDir: path.join(tmp, 'out') })]);
  alone = path.join(tmp, 'empty', 'deck.html');
  await mkdir(path.dirname(alone));
  await copyFile(built.htmlPath, alone);
});

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/**
 * Lets through only data: URLs and the page's own file (the speaker view's previews load it again
 * with ?receiver); everything else is aborted and recorded.
 */
function blockAllBut(page: Page, file: string, blocked: string[]): Promise<void> {
  const own = pathToFileURL(file).href;
  page.on('request', (request: HTTPRequest) => {
    const url = request.url();
    if (url.startsWith('data:') || url.split(/[?#]/u, 1)[0] === own) void request.continue();
    else {
      blocked.push(url);
      void request.abort('blockedbyclient');
    }
  });
  return page.setRequestInterception(true);
}

describe('build --single-file (the sample)', { timeout: 180_000 }, () => {
  /** The file alone, opened once with every request but its own blocked; the browser tests read it in turn. */
  let page: Page;
  const blocked: string[] = [];

  beforeAll(async () => {
    page = await browser.newPage();
    await blockAllBut(page, alone, blocked);
    await page.setViewport(built.size);
    await page.goto(pathToFileURL(alone).href, { waitUntil: 'load' });
    await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(), { timeout: 30_000 });
    await page.evaluate(() => (window as unknown as { Reveal: { configure(options: object): void } }).Reveal.configure({ transition: 'none' }));
  }, 120_000);
  afterAll(() => page?.close());

  it('writes <deck>.html in the output folder, under 1 MB', async () => {
    expect(built.htmlPath).toBe(path.join(tmp, 'out', 'zqf-2016-9.html'));
    expect((await stat(built.htmlPath)).size).toBeLessThan(1024 * 1024);
  });

  it('opens alone with the network blocked and draws every slide in the embedded fonts, no tofu', async () => {
    expect(await sectionCount(page)).toBe(built.slideCount);
    expect(await findFallbackFonts(page)).toEqual([]);
    expect(await findTofu(page)).toEqual([]);
    expect(blocked).toEqual([]);
  });

  it('opens the speaker view (S) with the notes in the embedded font, loading nothing else', async () => {
    await showSlide(page, 5);
    const popupTarget = browser.waitForTarget((target) => target.opener() === page.target());
    await page.keyboard.press('s');
    const popup = (await (await popupTarget).page())!;
    try {
      const popupBlocked: string[] = [];
      popup.on('requestfailed', (request) => popupBlocked.push(request.url()));
      await popup.waitForFunction(() => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').length > 20, { timeout: 30_000 });
      await popup.evaluate(() => document.fonts.ready);
      const fonts = await platformFontsOf(popup, '.speaker-controls-notes .value');
      const drawnBy = fonts.filter((font) => font.glyphCount > 0).map((font) => `${font.familyName}${font.isCustomFont ? '' : ' (system)'}`);
      expect(drawnBy.length).toBeGreaterThan(0);
      expect(drawnBy.every((name) => /^Noto Sans SC/.test(name) && !name.endsWith('(system)')), drawnBy.join(', ')).toBe(true);
      expect(popupBlocked).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await popup.close();
    }
  });
});
