/**
 * notice-deck serve, end to end: a real server on a free port, a copy of the sample deck edited on
 * disk, and real Chromium observing the page reload, the error overlay and the speaker view.
 */
import { request } from 'node:http';
import { cp, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { describeError } from '../src/cli/report.js';
import { serveDeck, type DeckPreview } from '../src/serve/deck-server.js';
import { testBrowser, platformFontsOf } from './support/browser.js';

const sampleDeck = fileURLToPath(new URL('../decks/zqf-2016-9/', import.meta.url));

let tmp: string;
let deckDir: string;
let notice: string;
let original: string;
let preview: DeckPreview;
let browser: Browser;
const log: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'serve-browser-'));
  deckDir = path.join(tmp, 'decks', 'zqf-2016-9');
  await cp(sampleDeck, deckDir, { recursive: true });
  notice = path.join(deckDir, 'notice.md');
  original = await readFile(notice, 'utf8');
  await writeFile(path.join(tmp, 'secret.txt'), 'not part of the deck');
  [preview, browser] = await Promise.all([
    serveDeck(deckDir, { host: '127.0.0.1', port: 0, log: (message) => log.push(message), describe: describeError }),
    // No Chinese system font, as on a fresh PC: the error overlay must bring its own.
    testBrowser(),
  ]);
});

afterAll(async () => {
  await previewPage?.close();
  await browser?.disconnect();
  await preview?.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

/** A GET sent as written: unlike fetch, node:http leaves `..` and `%2e%2e` alone. */
function rawGet(requestPath: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(preview.url);
  return new Promise((resolve, reject) => {
    request({ host: hostname, port, path: requestPath }, (response) => {
      let body = '';
      response.setEncoding('utf8').on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });
}

interface RevealApi {
  isReady(): boolean;
  slide(h: number): void;
  getIndices(): { h: number };
  configure(options: object): void;
}
const reveal = () => (window as unknown as { Reveal?: RevealApi }).Reveal;

/** The page the tests watch the preview in: one for all of them, as a presenter keeps one open while editing. */
let previewPage: Page | undefined;

/** The preview on slide `index`, the window marked so that a reload shows as the mark gone. */
async function previewOn(index: number): Promise<Page> {
  if (!previewPage) {
    previewPage = await browser.newPage();
    await previewPage.setViewport({ width: 1280, height: 720 });
    await previewPage.goto(preview.url, { waitUntil: 'load' });
  }
  const page = previewPage;
  // The page shows the last build (it may still be reloading for it), and reveal.js runs in it.
  const build = log.filter((line) => line.startsWith('已生成')).length;
  await page.waitForFunction(
    (build) =>
      Number(document.querySelector<HTMLElement>('script[data-build]')?.dataset['build']) === build &&
      (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady(),
    {},
    build,
  );
  await page.evaluate((index) => {
    const api = (window as unknown as { Reveal: RevealApi }).Reveal;
    api.configure({ transition: 'none' });
    api.slide(index);
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  }, index);
  return page;
}

/** Waits until the page has reloaded and reveal.js runs again. */
async function reloaded(page: Page): Promise<void> {
  await page.waitForFunction(
    () => !(window as unknown as { notReloaded?: boolean }).notReloaded && (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true,
    { timeout: 30_000 },
  );
}

/**
 * Saves notice.md and waits until the preview has rebuilt (or failed to), so no rebuild is still due.
 * A notice.md that already holds `text` is left alone: saving it would cost a rebuild of the sample.
 */
async function saveNotice(text: string): Promise<void> {
  if ((await readFile(notice, 'utf8')) === text) return;
  const seen = log.length;
  await writeFile(notice, text);
  await expect.poll(() => log.slice(seen).some((line) => /^(?:已生成|生成失败)/.test(line)), { timeout: 30_000, interval: 50 }).toBe(true);
}

const currentSlideText = (page: Page) => page.evaluate(() => document.querySelector('.reveal .slides > section.present > .slide-frame')?.textContent ?? '');

describe('notice-deck serve', { timeout: 120_000 }, () => {
  it('serves the built deck, with every file it loads', async () => {
    const page = await browser.newPage();
    const failed: string[] = [];
    page.on('requestfailed', (failure) => failed.push(failure.url()));
    page.on('response', (response) => {
      if (response.status() >= 400) failed.push(`${response.url()} ${response.status()}`);
    });
    try {
      await page.goto(preview.url, { waitUntil: 'load' });
      await page.waitForFunction(() => (window as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady());
      expect(await page.$$eval('.reveal > .slides > section', (sections) => sections.length)).toBeGreaterThan(10);
      expect(await page.title()).toMatch(/^共青团中央关于/);
      expect(failed, failed.join('\n')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('answers 404 to every path that leads out of the deck output, however spelled', async () => {
    await symlink(path.join(tmp, 'secret.txt'), path.join(preview.outDir, 'secret-link.txt'));
    await symlink(tmp, path.join(preview.outDir, 'outside'));
    const secret = path.join(tmp, 'secret.txt');
    const climbs = '../'.repeat(12);
    const requests = [
      `/${climbs}${secret.slice(1)}`,
      `/${climbs.replaceAll('..', '%2e%2e')}${secret.slice(1)}`,
      `/${climbs.replaceAll('..', '%2E%2E').replaceAll('/', '%2f')}${secret.slice(1)}`,
      `/assets/..%5c..%5c${path.basename(secret)}`,
      `/${secret}`,
      secret,
      '/secret-link.txt',
      '/outside/secret.txt',
      '/etc/passwd',
    ];
    for (const requestPath of requests) {
      const response = await rawGet(requestPath);
      expect({ requestPath, status: response.status }).toEqual({ requestPath, status: 404 });
      expect(response.body).not.toContain('not part of the deck');
    }
    expect((await rawGet('/assets/deck.css')).status).toBe(200);
  });

  it('reloads the open page when notice.md is saved, staying on the same slide', async () => {
    const page = await previewOn(2);
    try {
      expect(await currentSlideText(page)).toContain('并发表重要讲话');
      await writeFile(notice, original.replace('并发表重要讲话', '并发表了重要讲话'));
      await reloaded(page);
      expect(await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h)).toBe(2);
      expect(await currentSlideText(page)).toContain('并发表了重要讲话');
    } finally {
      await saveNotice(original);
    }
  });

  it('shows a failed rebuild over the last good deck, and removes it once fixed', async () => {
    const page = await previewOn(3);
    try {
      const before = await currentSlideText(page);
      await writeFile(notice, original.replace('title: 共青团中央', 'title: [共青团中央'));
      const overlay = await page.waitForSelector('#notice-deck-error', { timeout: 30_000 });
      const message = await overlay!.evaluate((element) => element.textContent ?? '');
      expect(message).toMatch(/生成失败/);
      expect(message).toMatch(/notice\.md:\d+:\d+: 信息区的写法有误/);
      // The last good deck stays, on its slide, without a reload.
      expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
      expect(await currentSlideText(page)).toBe(before);
      expect(log.some((line) => /^生成失败：.*notice\.md:\d+:\d+: 信息区的写法有误/.test(line))).toBe(true);
      // Readable on a PC without Chinese fonts: every glyph of the message from the font the server made for it.
      await page.waitForFunction(() => (document.getElementById('notice-deck-error-fonts') as HTMLLinkElement | null)?.sheet);
      await page.evaluate(() => document.fonts.ready);
      const drawnBy = (await platformFontsOf(page, '#notice-deck-error span')).filter((font) => font.glyphCount > 0);
      expect(drawnBy.length).toBeGreaterThan(0);
      expect(drawnBy.filter((font) => !font.isCustomFont || !/^Noto Sans SC/.test(font.familyName))).toEqual([]);

      await saveNotice(original);
      await reloaded(page);
      expect(await page.$('#notice-deck-error')).toBeNull();
      expect(await page.evaluate(() => (window as unknown as { Reveal: RevealApi }).Reveal.getIndices().h)).toBe(3);
    } finally {
      await saveNotice(original);
    }
  });

  it('shows the error text as text, never as markup', async () => {
    const page = await previewOn(0);
    try {
      await writeFile(notice, original.replace('title: 共青团中央', 'title: [<img src=x onerror=alert(1)>'));
      const overlay = await page.waitForSelector('#notice-deck-error', { timeout: 30_000 });
      expect(await overlay!.evaluate((element) => element.querySelector('img'))).toBeNull();
      await saveNotice(original);
      await reloaded(page);
    } finally {
      await saveNotice(original);
    }
  });

  it('opens the speaker view (S) from the server, with the slide’s notes', async () => {
    const page = await previewOn(2);
    const notes = await page.evaluate(() => document.querySelector('.reveal .slides > section.present > aside.notes')?.textContent?.trim() ?? '');
    expect(notes).toContain('习近平总书记主持召开');
    const popupTarget = browser.waitForTarget((target) => target.opener() === page.target());
    await page.keyboard.press('s');
    const popup = (await (await popupTarget).page())!;
    try {
      await popup.waitForFunction(
        (expected) => (document.querySelector('.speaker-controls-notes .value')?.textContent ?? '').includes(expected),
        { timeout: 30_000 },
        notes.slice(0, 30),
      );
    } finally {
      await popup.close();
    }
  });
});
