/**
 * Gradients (the cover's fading foot, the agenda's panels) have no pptxgenjs fill: each is rendered
 * by Chromium to a PNG of its own box, with the element's text, borders and children hidden, and
 * goes into the slide as a picture (or as the slide's background picture).
 */
import type { Page } from 'puppeteer';
import { gradientAttribute, type Box } from './slide-boxes.js';

const backgroundOnlyCss = `
[${gradientAttribute}].pptx-background-only { color: transparent !important; border-color: transparent !important; box-shadow: none !important; }
[${gradientAttribute}].pptx-background-only * { visibility: hidden !important; }
`;

/** PNG of the background of the element marked with gradient `id`, at its box on the slide shown. */
export async function renderGradient(page: Page, id: number, box: Box): Promise<Uint8Array> {
  const origin = await page.evaluate(
    (id, attribute, css) => {
      if (!document.getElementById('pptx-background-only')) {
        const style = document.createElement('style');
        style.id = 'pptx-background-only';
        style.textContent = css;
        document.head.append(style);
      }
      const element = document.querySelector(`[${attribute}="${id}"]`)!;
      element.classList.add('pptx-background-only');
      const frame = element.closest('.slide-frame')!.getBoundingClientRect();
      return { x: frame.left, y: frame.top };
    },
    id,
    gradientAttribute,
    backgroundOnlyCss,
  );
  try {
    return await page.screenshot({
      type: 'png',
      // The box is on screen; capturing beyond the viewport resizes the page, and reveal.js then
      // lays the slides out again, briefly showing the previous one.
      captureBeyondViewport: false,
      clip: { x: origin.x + box.x, y: origin.y + box.y, width: box.w, height: box.h },
    });
  } finally {
    await page.evaluate((id, attribute) => document.querySelector(`[${attribute}="${id}"]`)?.classList.remove('pptx-background-only'), id, gradientAttribute);
  }
}
