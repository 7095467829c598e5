import type { Browser, Page } from 'puppeteer';
import { loadDeck } from '../check/page.js';
import { UserError } from '../errors.js';
import type { SlideSize } from '../render/slide-size.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { renderGradient } from './gradient-pictures.js';
import { lockedFileError } from './locked-file.js';
import { officePictures } from './office-pictures.js';
import { readSlideBoxes } from './slide-boxes.js';
import { writePptx, type RenderedSlide } from './write-pptx.js';

/**
 * Writes a built deck as an editable PowerPoint file: every slide is shown in Chromium at its own
 * size, its blocks are read where the layout engine put them, and mapped to native shapes.
 */
export async function exportDeckPptx(
  browser: Browser,
  deckHtml: string,
  pptxPath: string,
  size: SlideSize,
  onSlide: (index: number, total: number) => void = () => {},
): Promise<{ slides: number }> {
  const page = await browser.newPage();
  const failed: string[] = [];
  page.on('requestfailed', (request) => failed.push(request.url()));
  try {
    // Nothing of reveal.js's own may show in a rendered gradient.
    await loadDeck(page, deckHtml, size, { controls: false, progress: false, slideNumber: false });
    if (failed.length > 0) throw new UserError(`无法把 ${deckHtml} 导出为 PPTX：加载不了 ${failed.join('、')}`);
    const total = await page.evaluate(() => Reveal.getTotalSlides());
    const slides: RenderedSlide[] = [];
    for (let index = 0; index < total; index++) {
      onSlide(index, total);
      await showSlide(page, index);
      const read = await readSlideBoxes(page, index);
      const boxes = { ...read, decorations: await officePictures(page, read.decorations) };
      const gradients = new Map<number, Uint8Array>();
      const frame = { x: 0, y: 0, w: size.width, h: size.height };
      if (boxes.background.gradientId !== null) gradients.set(boxes.background.gradientId, await renderGradient(page, boxes.background.gradientId, frame));
      for (const decoration of boxes.decorations) {
        if (decoration.kind === 'gradient') gradients.set(decoration.id, await renderGradient(page, decoration.id, decoration.box));
      }
      slides.push({ boxes, gradients });
    }
    const title = await page.title();
    const pptx = await writePptx(slides, size, title);
    await writeFileAtomic(pptxPath, pptx).catch((error: unknown) => {
      throw lockedFileError(error, pptxPath) ?? error;
    });
    return { slides: slides.length };
  } finally {
    await page.close();
  }
}

/** Makes slide `index` current and waits until it is painted with every font its text needs. */
async function showSlide(page: Page, index: number): Promise<void> {
  await page.evaluate(async (index) => {
    Reveal.slide(index);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    await document.fonts.ready;
  }, index);
}
