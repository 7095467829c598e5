import path from 'node:path';
import type { Browser } from 'puppeteer';
import { loadDeck } from '../check/page.js';
import { UserError } from '../errors.js';
import type { SlideSize } from '../render/slide-size.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/**
 * Screenshots every slide of a built deck at its own size: `<prefix>-01.png`, `<prefix>-02.png` …
 * in `outDir` (a fresh folder of the run). reveal.js's controls and progress bar are hidden; the slide number stays.
 */
export async function exportDeckPngs(
  browser: Browser,
  deckHtml: string,
  outDir: string,
  prefix: string,
  size: SlideSize,
  onSlide: (index: number, total: number) => void = () => {},
): Promise<string[]> {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  try {
    await loadDeck(page, deckHtml, size, { controls: false, progress: false });
    if (failed.length > 0) throw new UserError(`无法生成 ${deckHtml} 的图片：加载不了 ${failed.join('、')}`);
    const total = await page.evaluate(() => Reveal.getTotalSlides());
    const digits = Math.max(2, String(total).length);
    const files: string[] = [];
    for (let index = 0; index < total; index++) {
      onSlide(index, total);
      await page.evaluate((slide) => Reveal.slide(slide), index);
      // Two frames: reveal applies the slide change, then the browser paints it.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
      // A slide may be the first to need a piece of a font (its glyphs' unicode-range): Chromium draws no text until it loads.
      await page.evaluate(() => document.fonts.ready);
      const file = path.join(outDir, `${prefix}-${String(index + 1).padStart(digits, '0')}.png`);
      await writeFileAtomic(file, await page.screenshot({ type: 'png' }));
      files.push(file);
    }
    return files;
  } finally {
    await page.close();
  }
}

/** The file names exportDeckPngs gives the pictures of deck `prefix`. */
export function slidePicturePattern(prefix: string): RegExp {
  return new RegExp(`^${prefix.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-\\d+\\.png$`, 'u');
}
