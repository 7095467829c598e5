import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../tests/support/browser.js';
import { isOfficePicture, officePictures, pictureScale } from './office-pictures.js';
import type { Decoration } from './slide-boxes.js';

const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const svg = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><rect width="10" height="10" fill="#c00000"/></svg>';

describe('isOfficePicture', () => {
  it('knows PNG, JPEG and GIF by their bytes, and nothing else', () => {
    expect(isOfficePicture(png)).toBe(true);
    expect(isOfficePicture(new Uint8Array([0xff, 0xd8, 0xff, 0xe0]))).toBe(true);
    expect(isOfficePicture(Buffer.from('GIF89a'))).toBe(true);
    expect(isOfficePicture(Buffer.from(svg))).toBe(false);
    expect(isOfficePicture(Buffer.from('RIFF\0\0\0\0WEBPVP8 '))).toBe(false);
    // An SVG named .png is still an SVG.
    expect(isOfficePicture(Buffer.from(`\n${svg}`))).toBe(false);
  });
});

describe('officePictures', () => {
  let browser: Browser;
  let page: Page;
  let tmp: string;

  beforeAll(async () => {
    [browser, tmp] = await Promise.all([testBrowser(), mkdtemp(path.join(os.tmpdir(), 'office-pictures-'))]);
    page = await browser.newPage();
  });

  afterAll(async () => {
    await page?.close();
    await browser?.disconnect();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  /** Width, height and the RGBA of the centre pixel of a PNG data: URL, read back in the page. */
  const inspect = (dataUrl: string) =>
    page.evaluate(async (dataUrl) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.naturalWidth;
      canvas.height = image.naturalHeight;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      return { w: image.naturalWidth, h: image.naturalHeight, centre: Array.from(context.getImageData(image.naturalWidth / 2, image.naturalHeight / 2, 1, 1).data) };
    }, dataUrl);

  it('draws an SVG file or data: URL as a PNG at the picture’s box times the scale, and keeps its alt text', async () => {
    const file = path.join(tmp, 'logo.svg');
    await writeFile(file, svg);
    const box = { x: 10, y: 20, w: 8, h: 6 };
    const decorations: Decoration[] = [
      { kind: 'picture', box, src: pathToFileURL(file).href, alt: '', fileName: 'logo.svg' },
      { kind: 'picture', box, src: `data:image/svg+xml,${encodeURIComponent(svg)}`, alt: '标志', fileName: '' },
    ];
    const drawn = await officePictures(page, decorations);
    for (const [index, decoration] of drawn.entries()) {
      if (decoration.kind !== 'picture') throw new Error('a picture became something else');
      expect(decoration).toMatchObject({ box, alt: ['', '标志'][index] });
      expect(decoration.src.startsWith('data:image/png;base64,')).toBe(true);
      expect(isOfficePicture(Buffer.from(decoration.src.split(',')[1]!, 'base64'))).toBe(true);
      expect(await inspect(decoration.src)).toEqual({ w: box.w * pictureScale, h: box.h * pictureScale, centre: [192, 0, 0, 255] });
    }
  });

  it('leaves PNG pictures and everything that is not a picture as they are', async () => {
    const file = path.join(tmp, 'photo.png');
    await writeFile(file, png);
    const decorations: Decoration[] = [
      { kind: 'fill', box: { x: 0, y: 0, w: 5, h: 5 }, colour: 'rgb(0, 0, 0)' },
      { kind: 'picture', box: { x: 0, y: 0, w: 5, h: 5 }, src: pathToFileURL(file).href, alt: '', fileName: 'photo.png' },
    ];
    expect(await officePictures(page, decorations)).toEqual(decorations);
  });
});
