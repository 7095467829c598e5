import { readFile } from 'node:fs/promises';
import type { Browser } from 'puppeteer';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import type { SlideSize } from '../render/slide-size.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/** A phone screen's width in device pixels: chat apps show a picture this wide without scaling it down. */
export const sheetWidth = 1080;
const columns = 2;
const gap = 16;

/**
 * One picture of all slides, two to a row, numbered, sized for a phone: what a chat group wants
 * instead of a deck. Composed as a page in Chromium (the slide PNGs in a grid) and screenshotted,
 * so no image library is needed for a grid of pictures and a few digits.
 */
export async function exportContactSheet(browser: Browser, slidePngs: readonly string[], target: string, size: SlideSize): Promise<void> {
  const thumbWidth = Math.floor((sheetWidth - gap * (columns + 1)) / columns);
  const thumbHeight = Math.round((thumbWidth * size.height) / size.width);
  const pictures = await Promise.all(slidePngs.map(async (file) => `data:image/png;base64,${(await readFile(file)).toString('base64')}`));
  const css = [
    `html, body { margin: 0; background: #3a3a3a; width: ${sheetWidth}px; }`,
    `main { display: grid; grid-template-columns: repeat(${columns}, ${thumbWidth}px); gap: ${gap}px; padding: ${gap}px; }`,
    'figure { margin: 0; }',
    // Above the slide, not over it, so no title is hidden; big enough to read on a phone: "see slide 7".
    'figcaption { font: bold 28px/40px "DejaVu Sans", Arial, sans-serif; color: #fff; }',
    `img { display: block; width: ${thumbWidth}px; height: ${thumbHeight}px; box-shadow: 0 2px 6px rgba(0, 0, 0, .5); }`,
  ].join('\n');
  const html = toHtml(
    h('html', [
      h('head', [h('meta', { charSet: 'utf-8' }), h('style', css)]),
      h('body', [h('main', pictures.map((src, index) => h('figure', [h('figcaption', String(index + 1)), h('img', { src, alt: '' })])))]),
    ]),
  );
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: sheetWidth, height: thumbHeight + gap * 2 });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate(() => Promise.all(Array.from(document.images, (image) => image.decode())));
    await writeFileAtomic(target, await page.screenshot({ type: 'png', fullPage: true }));
  } finally {
    await page.close();
  }
}
