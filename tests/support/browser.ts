/**
 * The tests' headless Chromium sees no CJK system font, as on a fresh machine: only what the deck
 * embeds can draw its Chinese text, so a glyph the build forgot shows up as a fallback font or tofu.
 * One such browser serves the whole run (browser-setup.ts); each test file connects to it.
 */
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { inject } from 'vitest';

/**
 * Latin-only fonts Chromium may still use for its own fallback (digits, the .notdef box): DejaVu,
 * as on a fresh Debian machine, but from npm so that the tests see the same fonts everywhere.
 */
export const latinOnlyFontDir = path.join(path.dirname(createRequire(import.meta.url).resolve('dejavu-fonts-ttf/package.json')), 'ttf');

/** Family names of system fonts that have Chinese glyphs; none may take part in a test render. */
export const systemCjkFont = /noto|wenquanyi|wqy|droid|cjk|source han|han sans|han serif|ukai|uming|ar pl|simsun|simhei|pingfang|hiragino|microsoft yahei|heiti|songti/i;

/** Writes a fontconfig configuration into `dir` that knows only DejaVu and returns its path, for the FONTCONFIG_FILE variable. */
export async function writeLatinOnlyFontconfig(dir: string): Promise<string> {
  const file = path.join(dir, 'fonts.conf');
  const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  await writeFile(
    file,
    [
      '<?xml version="1.0"?>',
      '<!DOCTYPE fontconfig SYSTEM "fonts.dtd">',
      '<fontconfig>',
      `  <dir>${xml(latinOnlyFontDir)}</dir>`,
      `  <cachedir>${xml(path.join(dir, 'fc-cache'))}</cachedir>`,
      '</fontconfig>',
      '',
    ].join('\n'),
  );
  return file;
}

/**
 * A connection to the run's shared browser. Close the pages you open, and end with disconnect():
 * close() would end the browser for every other test file. `trackRequests: false` turns Puppeteer's
 * request events off (page.on('request'), 'requestfailed'), for tests that never listen to them:
 * they cost ~50 ms of Chromium CPU per deck loaded (measured: the corpus).
 */
export async function testBrowser({ trackRequests = true }: { trackRequests?: boolean } = {}): Promise<Browser> {
  const browser = await puppeteer.connect({ browserWSEndpoint: inject('browserEndpoint'), networkEnabled: trackRequests });
  // Test files open pages at the same time. A page in a background tab gets no animation frames,
  // which reveal.js and the checks wait for, so every page gets a window of its own.
  const newPage = browser.newPage.bind(browser);
  browser.newPage = (options) => newPage({ type: 'window', ...options });
  return browser;
}

export interface PlatformFont {
  familyName: string;
  postScriptName?: string;
  isCustomFont: boolean;
  glyphCount: number;
}

/** What CSS.getPlatformFontsForNode reports for the text `selector`'s element holds directly. */
export async function platformFontsOf(page: Page, selector: string): Promise<PlatformFont[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) throw new Error(`no element matches ${selector}`);
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    return fonts;
  } finally {
    await cdp.detach();
  }
}
