/**
 * What the deck shows besides plain text: pictures (with or without alt text, on slides and in the
 * printed original) and characters the embedded fonts lack, drawn by a system font in the PDF.
 */
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { exportDeckPdf } from '../src/export/pdf.js';
import { printOriginal } from '../src/print/original.js';
import { testBrowser, platformFontsOf } from './support/browser.js';
import { openDeck, showSlide } from './support/deck-checks.js';
import { fontsOf, pixelShare, readPdf, renderPage } from './support/pdf.js';

let tmp: string;
let browser: Browser;
beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-pictures-'));
  // As on a machine with no Chinese font: DejaVu (from npm) is the only system font.
  browser = await testBrowser();
}, 120_000);
afterAll(async () => {
  await browser?.disconnect();
  await rm(tmp, { recursive: true, force: true });
});

/** A solid red PNG, `width`×`height`. */
function redPng(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8);
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3, Buffer.from([255, 0, 0]))]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', header), chunk('IDAT', deflateSync(pixels)), chunk('IEND', Buffer.alloc(0))]);
}

function crc32(data: Buffer): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

const isRed = (r: number, g: number, b: number) => r > 200 && g < 60 && b < 60;

describe('pictures', () => {
  let deck: string;
  beforeAll(async () => {
    deck = path.join(tmp, 'pictures');
    await mkdir(deck, { recursive: true });
    await writeFile(path.join(deck, 'photo.png'), redPng(400, 300));
    await writeFile(
      path.join(deck, 'notice.md'),
      '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n一、第一部分\n\n正文第一段。\n\n![](photo.png)\n\n二、第二部分\n\n正文第二段。\n',
    );
  });

  it('shows a picture without alt text on a slide of its own', async () => {
    const built = await buildDeck(deck, { outDir: path.join(tmp, 'pictures-out') });
    const html = await readFile(built.htmlPath, 'utf8');
    expect(html).toMatch(/<section class="slide layout-image-and-text"[^>]*>[\s\S]*?<img src="media\/photo\.png" alt="">/);
    const opened = await openDeck(browser, built.htmlPath, built.size);
    try {
      const shown = await opened.page.evaluate(() => {
        const image = document.querySelector<HTMLImageElement>('img[src="media/photo.png"]')!;
        return { complete: image.complete, width: image.naturalWidth };
      });
      expect(shown).toEqual({ complete: true, width: 400 });
      expect(opened.failedRequests).toEqual([]);
    } finally {
      await opened.page.close();
    }
  });

  it('prints the picture in the original', async () => {
    const printed = await printOriginal(deck, { outDir: path.join(tmp, 'pictures-print'), browser });
    expect(pixelShare(await renderPage(printed.pdfPath, 1), isRed)).toBeGreaterThan(0.005);
  });
});

describe('characters the embedded fonts lack', () => {
  it('lists each with its slides, flags and families whole, and a system font draws what it can in the PDF', async () => {
    const deck = path.join(tmp, 'glyphs');
    await mkdir(deck, { recursive: true });
    // 𝔸 (U+1D538) is in no Noto SC chunk but in DejaVu Sans, the one system font a bare test machine has.
    await writeFile(path.join(deck, 'notice.md'), '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n一、第一部分\n\n吉𠮷同志发言。\n\n二、第二部分\n\n我爱🇨🇳，全家👨‍👩‍👧，记作𝔸。\n');
    const warnings: string[] = [];
    const built = await buildDeck(deck, { outDir: path.join(tmp, 'glyphs-out'), warn: (message) => warnings.push(message) });
    const missing = warnings.find((warning) => warning.includes('内嵌字体里没有'));
    // Both short parts share the 有关事项 slide.
    expect(missing).toMatch(/“𠮷”（第 2 张）、“🇨🇳”（第 2 张）、“👨‍👩‍👧”（第 2 张）、“𝔸”（第 2 张）/);

    const opened = await openDeck(browser, built.htmlPath, built.size);
    try {
      const slide = await opened.page.evaluate(() => {
        const slides = [...document.querySelectorAll('.reveal > .slides > section')];
        const index = slides.findIndex((section) => section.querySelector('.slide-frame')?.textContent?.includes('𝔸'));
        const holder = [...slides[index]!.querySelectorAll('.slide-frame *')].find((element) => [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.nodeValue?.includes('𝔸')))!;
        holder.setAttribute('data-probe', '');
        return index;
      });
      // Only the slide shown is laid out.
      await showSlide(opened.page, slide);
      const fonts = await platformFontsOf(opened.page, '[data-probe]');
      expect(fonts.filter((font) => !font.isCustomFont).map((font) => font.familyName).join()).toMatch(/DejaVu/);
    } finally {
      await opened.page.close();
    }
    const pdfPath = path.join(tmp, 'glyphs.pdf');
    await exportDeckPdf(browser, built.htmlPath, pdfPath, built.size, built.slideCount);
    expect((await fontsOf(pdfPath)).some((font) => /DejaVu/.test(font.name) && font.embedded)).toBe(true);
    expect((await readPdf(pdfPath)).pages[1]!.text).toContain('𝔸');
  });
});
