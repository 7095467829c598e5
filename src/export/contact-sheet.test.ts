import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../write-file-atomic.js';
import { testBrowser } from '../../tests/support/browser.js';
import { exportContactSheet, sheetWidth } from './contact-sheet.js';

let browser: Browser;
let tmp: string;

beforeAll(async () => {
  [browser, tmp] = await Promise.all([testBrowser(), mkdtemp(path.join(os.tmpdir(), 'contact-sheet-'))]);
});

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const colours = ['rgb(200, 0, 0)', 'rgb(0, 160, 0)', 'rgb(0, 0, 200)'];

/** Slide pictures of one colour each, made the way png makes them: a Chromium screenshot. */
async function slidePictures(size: { width: number; height: number }): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setViewport(size);
    const files: string[] = [];
    for (const [index, colour] of colours.entries()) {
      await page.setContent(`<body style="margin:0;background:${colour}"></body>`);
      const file = path.join(tmp, `slide-${index + 1}.png`);
      await writeFileAtomic(file, await page.screenshot({ type: 'png' }));
      files.push(file);
    }
    return files;
  } finally {
    await page.close();
  }
}

/** The colour at each point of a PNG, read back through a canvas in Chromium. */
async function coloursAt(file: string, points: [number, number][]): Promise<{ width: number; height: number; colours: string[] }> {
  const page = await browser.newPage();
  try {
    const src = `data:image/png;base64,${(await readFile(file)).toString('base64')}`;
    return await page.evaluate(
      async (src, points) => {
        const image = new Image();
        image.src = src;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.width;
        canvas.height = image.height;
        const context = canvas.getContext('2d')!;
        context.drawImage(image, 0, 0);
        const colours = points.map(([x, y]) => {
          const [r, g, b] = context.getImageData(x, y, 1, 1).data;
          return `rgb(${r}, ${g}, ${b})`;
        });
        return { width: image.width, height: image.height, colours };
      },
      src,
      points,
    );
  } finally {
    await page.close();
  }
}

describe('exportContactSheet', { timeout: 60_000 }, () => {
  it('lays the slides out two to a row, in order, 1080 px wide for a phone', async () => {
    const size = { width: 1280, height: 720 };
    const sheet = path.join(tmp, 'sheet.png');
    await exportContactSheet(browser, await slidePictures(size), sheet, size);
    // Two columns of 516 px (16 px gaps), each slide under a 40 px number line.
    const thumb = { width: 516, height: Math.round((516 * 720) / 1280) };
    const centre = (index: number): [number, number] => {
      const column = index % 2;
      const row = Math.floor(index / 2);
      return [16 + column * (thumb.width + 16) + thumb.width / 2, 16 + row * (40 + thumb.height + 16) + 40 + thumb.height / 2];
    };
    const read = await coloursAt(sheet, [centre(0), centre(1), centre(2)]);
    expect(read.width).toBe(sheetWidth);
    expect(read.height).toBe(16 + 2 * (40 + thumb.height) + 16 + 16);
    expect(read.colours).toEqual(colours);
  });
});
