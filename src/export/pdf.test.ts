import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import puppeteer, { type Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pixelAt, renderPage, renderPages } from '../../tests/support/pdf.js';
import { UserError } from '../errors.js';
import { testBrowser } from '../../tests/support/browser.js';
import { printStagedDeckFolded } from './deck-pdf.js';
import { exportDeckPdf } from './pdf.js';

const fixtures = fileURLToPath(new URL('../../tests/fixtures/export/', import.meta.url));
const revealDist = path.dirname(createRequire(import.meta.url).resolve('reveal.js'));
const size = { width: 1280, height: 720 };

let browser: Browser;
let tmp: string;

/** Writes `html` as index.html of a fresh deck folder with a local copy of reveal.js (no network). */
async function makeDeck(html: string): Promise<string> {
  const deck = await mkdtemp(path.join(tmp, 'deck-'));
  await mkdir(path.join(deck, 'reveal', 'theme'), { recursive: true });
  for (const asset of ['reveal.css', 'reveal.js', 'theme/white.css']) {
    await copyFile(path.join(revealDist, asset), path.join(deck, 'reveal', asset));
  }
  await writeFile(path.join(deck, 'index.html'), html);
  return path.join(deck, 'index.html');
}

function fixture(name: string): Promise<string> {
  return readFile(path.join(fixtures, name), 'utf8');
}

/** RGB of pixel (x, y) of each page (1-based) of a PDF, drawn by pdf.js at 20 dpi (loaded once for all). */
async function pixels(pdfPath: string, pageNumbers: readonly number[], x: number, y: number): Promise<number[][]> {
  return (await renderPages(pdfPath, pageNumbers, 20)).map((page) => pixelAt(page, x, y));
}

async function exportFailure(deckHtml: string, pdfPath: string): Promise<Error> {
  return exportDeckPdf(browser, deckHtml, pdfPath, size, 3).then(
    () => {
      throw new Error('expected the export to fail');
    },
    (error: Error) => error,
  );
}

describe('exportDeckPdf', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'export-pdf-'));
    browser = await testBrowser();
  }, 60_000);

  afterAll(async () => {
    await browser?.disconnect();
    await rm(tmp, { recursive: true, force: true });
  });

  it('prints one 16:9 page per slide with text, title and slide backgrounds', async () => {
    const deckHtml = await makeDeck(await fixture('three-slides.html'));
    const pdfPath = path.join(tmp, 'out', 'deck.pdf');

    expect(await exportDeckPdf(browser, deckHtml, pdfPath, size, 3)).toEqual({ pages: 3 });

    const pdf = await getDocument({ data: new Uint8Array(await readFile(pdfPath)) }).promise;
    try {
      expect(pdf.numPages).toBe(3);
      for (let number = 1; number <= pdf.numPages; number++) {
        const { width, height } = (await pdf.getPage(number)).getViewport({ scale: 1 });
        expect(width / height).toBeCloseTo(1280 / 720, 3);
        expect(width).toBeCloseTo(960); // 1280 CSS px at 72/96 pt per px
      }
      const text = await (await pdf.getPage(2)).getTextContent();
      const words = text.items.map((item) => ('str' in item ? item.str : '')).join(' ');
      expect(words).toMatch(/second slide/i); // the theme upper-cases headings
      expect(words).toContain('Consectetur adipiscing elit.');
      const { info } = await pdf.getMetadata();
      expect(info).toMatchObject({ Title: 'Fixture Deck' });
    } finally {
      await pdf.destroy();
    }

    const [dark, white] = await pixels(pdfPath, [2, 1], 2, 2);
    [0x1a, 0x2b, 0x3c].forEach((channel, i) => expect(Math.abs(dark[i]! - channel)).toBeLessThanOrEqual(3));
    expect(white).toEqual([255, 255, 255]);
    expect(await readdir(path.dirname(pdfPath))).toEqual(['deck.pdf']);
  });

  it('prints in a pooled page it is given, leaves it open and takes its listeners away again', async () => {
    const good = await makeDeck(await fixture('three-slides.html'));
    const broken = await makeDeck(await fixture('missing-asset.html'));
    const page = await browser.newPage();
    try {
      const listeners = () => ['console', 'pageerror', 'requestfailed'].map((event) => page.listenerCount(event as 'console'));
      expect((await exportDeckPdf(browser, good, path.join(tmp, 'pooled-1.pdf'), size, 3, { page })).pages).toBe(3);
      await expect(exportDeckPdf(browser, broken, path.join(tmp, 'pooled-2.pdf'), size, 3, { page })).rejects.toThrow(UserError);
      // The failed deck's problems do not stick to the page: the next deck prints.
      expect((await exportDeckPdf(browser, good, path.join(tmp, 'pooled-3.pdf'), size, 3, { page })).pages).toBe(3);
      expect(page.isClosed()).toBe(false);
      expect(listeners()).toEqual([0, 0, 0]);
    } finally {
      await page.close();
    }
  });

  it('rejects a deck whose image is missing, naming it, and writes nothing', async () => {
    const deckHtml = await makeDeck(await fixture('missing-asset.html'));
    const outDir = path.join(tmp, 'out-missing');
    await mkdir(outDir);

    const error = await exportFailure(deckHtml, path.join(outDir, 'deck.pdf'));

    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/missing\.png/);
    expect(await readdir(outDir)).toEqual([]);
  });

  it('names a missing image as such also in a browser that tracks no requests (as `pdf` launches it)', async () => {
    const deckHtml = await makeDeck(await fixture('missing-asset.html'));
    const untracked = await puppeteer.connect({ browserWSEndpoint: browser.wsEndpoint(), networkEnabled: false });
    try {
      const error = await exportDeckPdf(untracked, deckHtml, path.join(tmp, 'untracked.pdf'), size, 3).catch((failure: Error) => failure);
      expect(error).toBeInstanceOf(UserError);
      expect((error as Error).message).toMatch(/加载不了 file:\S+\/missing\.png（net::ERR_FILE_NOT_FOUND）/u);
      expect((error as Error).message).not.toContain('控制台报错');
    } finally {
      await untracked.disconnect();
    }
  });

  it('rejects a deck whose Reveal config does not give pages of the slide size', async () => {
    const html = (await fixture('three-slides.html')).replace('margin: 0, ', '');
    const error = await exportFailure(await makeDeck(html), path.join(tmp, 'out-margin', 'deck.pdf'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('margin: 0');
  });

  it('rejects a slide that would print on several pages', async () => {
    const html = (await fixture('three-slides.html'))
      .replace(', pdfMaxPagesPerSlide: 1', '')
      .replace('<section><h2>Third', '<section><div style="height: 1500px">Tall</div></section><section><h2>Third');
    const error = await exportFailure(await makeDeck(html), path.join(tmp, 'out-tall', 'deck.pdf'));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('pdfMaxPagesPerSlide: 1');
  });

  describe('printStagedDeckFolded', { timeout: 60_000 }, () => {
    /** A staged deck as buildDeck hands it over, around a fixture's folder. */
    const staged = (deckHtml: string) => ({ name: 'deck', title: 'Fixture Deck', outDir: path.dirname(deckHtml), htmlPath: deckHtml, slideCount: 3, slides: [], size, files: [] });

    it('prints the deck folded into one file, as the folder prints, and leaves only the PDF beside it', async () => {
      const deckHtml = await makeDeck(await fixture('three-slides.html'));
      const page = await browser.newPage();
      const requested: string[] = [];
      page.on('request', (request) => void requested.push(request.url()));
      try {
        const folded = path.join(tmp, 'folded.pdf');
        expect(await printStagedDeckFolded(staged(deckHtml), folded, { page })).toEqual({ pages: 3 });
        expect(requested.filter((url) => url.startsWith('file:'))).toEqual([expect.stringMatching(/\/\.print\.html\?print-pdf$/u)]);
        expect((await readdir(path.dirname(deckHtml))).sort()).toEqual(['index.html', 'reveal']);
        const unfolded = path.join(tmp, 'unfolded.pdf');
        await exportDeckPdf(browser, deckHtml, unfolded, size, 3, { page });
        // The slide with a background colour, a heading and a list: drawn alike, pixel for pixel.
        expect(await renderPage(folded, 2, 20)).toEqual(await renderPage(unfolded, 2, 20));
      } finally {
        await page.close();
      }
    });

    it('rejects a deck whose image is missing, naming it, as the folder’s print does', async () => {
      const deckHtml = await makeDeck(await fixture('missing-asset.html'));
      const page = await browser.newPage();
      try {
        const failure = await printStagedDeckFolded(staged(deckHtml), path.join(tmp, 'missing.pdf'), { page }).catch((error: Error) => error);
        expect(failure).toBeInstanceOf(UserError);
        expect((failure as Error).message).toMatch(/missing\.png/u);
      } finally {
        await page.close();
      }
    });
  });
});
