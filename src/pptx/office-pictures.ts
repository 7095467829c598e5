/**
 * PowerPoint and WPS show PNG, JPEG and GIF pictures in every version. An SVG needs a PNG beside it,
 * which pptxgenjs cannot draw outside a browser: it stores the SVG's own text under the PNG's name,
 * a picture PowerPoint cannot show (the company branch's logo was one). WebP and AVIF show in few
 * versions. So every other picture is drawn by Chromium, which shows it in the deck, to a PNG at
 * several times its size on the slide, transparent where the picture is.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { lookup } from 'mrmime';
import type { Page } from 'puppeteer';
import type { Decoration } from './slide-boxes.js';

/** Pixels of the PNG per CSS pixel of the picture's box: sharp on a projector at 4K. */
export const pictureScale = 4;

const officeSignatures = [
  [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], // PNG
  [0xff, 0xd8, 0xff], // JPEG
  [0x47, 0x49, 0x46, 0x38], // GIF8
];

/** Whether PowerPoint and WPS show these bytes as they are (by their content, not a file name). */
export function isOfficePicture(bytes: Uint8Array): boolean {
  return officeSignatures.some((signature) => signature.every((byte, index) => bytes[index] === byte));
}

/** The bytes and media type of a picture's `src`: a file:// URL of the built deck, or a data: URL. */
async function pictureData(src: string): Promise<{ bytes: Uint8Array; type: string }> {
  if (!src.startsWith('data:')) {
    const file = fileURLToPath(src);
    return { bytes: new Uint8Array(await readFile(file)), type: lookup(file) ?? 'application/octet-stream' };
  }
  const [, type = '', base64, data = ''] = /^data:([^;,]*)((?:;[^,]*)?;base64)?,(.*)$/su.exec(src) ?? [];
  return { bytes: base64 ? Buffer.from(data, 'base64') : Buffer.from(decodeURIComponent(data)), type };
}

/** A PNG of the picture drawn in the page at its box's size times pictureScale, as a data: URL. */
function drawnAsPng(page: Page, dataUrl: string, width: number, height: number): Promise<string> {
  return page.evaluate(
    async (dataUrl, width, height) => {
      const image = new Image();
      image.src = dataUrl;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      canvas.getContext('2d')!.drawImage(image, 0, 0, width, height);
      return canvas.toDataURL('image/png');
    },
    dataUrl,
    width,
    height,
  );
}

/** The slide's decorations with every picture PowerPoint may not show replaced by a PNG of it. */
export async function officePictures(page: Page, decorations: readonly Decoration[]): Promise<Decoration[]> {
  return Promise.all(
    decorations.map(async (decoration) => {
      if (decoration.kind !== 'picture') return decoration;
      const { bytes, type } = await pictureData(decoration.src);
      if (isOfficePicture(bytes)) return decoration;
      const dataUrl = `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
      const size = (px: number) => Math.max(1, Math.round(px * pictureScale));
      return { ...decoration, src: await drawnAsPng(page, dataUrl, size(decoration.box.w), size(decoration.box.h)) };
    }),
  );
}
