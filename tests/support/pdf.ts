/**
 * Reading real PDFs in tests, with nothing but npm packages: text with positions and sizes, the
 * outline and document information through pdfjs-dist; embedded fonts through pdf-lib; pixels
 * through pdf.js drawing the page in this process.
 */
import { readFile } from 'node:fs/promises';
import { PDFArray, PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';

type PdfDocument = Awaited<ReturnType<typeof getDocument>['promise']>;

export interface TextItem {
  text: string;
  /** Left end of the baseline, in points from the bottom left of the page. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** The size the text is set in, in points. */
  fontSize: number;
}

export interface PdfPage {
  width: number;
  height: number;
  items: TextItem[];
  /** All text of the page in reading order, without whitespace. */
  text: string;
}

/**
 * The page's text items joined into lines (same baseline, left to right): a run of text is split
 * into several items wherever the font file changes, and embedded subsets may be split by character.
 */
export function textLines(page: PdfPage): { text: string; x: number; y: number }[] {
  const lines: { text: string; x: number; y: number }[] = [];
  for (const item of [...page.items].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const line = lines.find((candidate) => Math.abs(candidate.y - item.y) < 1);
    if (line) line.text += item.text;
    else lines.push({ text: item.text, x: item.x, y: item.y });
  }
  return lines;
}

export interface OutlineEntry {
  title: string;
  /** 0-based page index. */
  page: number;
  children: OutlineEntry[];
}

export interface ReadPdf {
  pages: PdfPage[];
  outline: OutlineEntry[];
  info: Record<string, unknown>;
  /** All text, pages joined, without whitespace. */
  text: string;
}

export const withoutWhitespace = (text: string): string => text.replace(/\s+/gu, '');

export async function readPdf(file: string): Promise<ReadPdf> {
  const document: PdfDocument = await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false }).promise;
  try {
    const pages: PdfPage[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const [x0, y0, x1, y1] = page.view as [number, number, number, number];
      const content = await page.getTextContent();
      const items: TextItem[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as number[];
        items.push({ text: item.str, x: x!, y: y!, width: item.width, height: item.height, fontSize: Math.hypot(a!, b!) });
      }
      pages.push({ width: x1 - x0, height: y1 - y0, items, text: withoutWhitespace(items.map((item) => item.text).join('')) });
    }
    const outline = await readOutline(document, (await document.getOutline()) ?? []);
    const { info } = (await document.getMetadata()) as { info: Record<string, unknown> };
    return { pages, outline, info, text: pages.map((page) => page.text).join('') };
  } finally {
    await document.destroy();
  }
}

type RawOutline = Awaited<ReturnType<PdfDocument['getOutline']>>;

async function readOutline(document: PdfDocument, items: NonNullable<RawOutline>): Promise<OutlineEntry[]> {
  const entries: OutlineEntry[] = [];
  for (const item of items) {
    const dest = typeof item.dest === 'string' ? await document.getDestination(item.dest) : item.dest;
    const target = dest?.[0];
    const page = target && typeof target === 'object' ? await document.getPageIndex(target as never) : -1;
    entries.push({ title: item.title, page, children: await readOutline(document, item.items ?? []) });
  }
  return entries;
}

export interface PdfFont {
  /** BaseFont, e.g. `AAAAAA+NotoSansSC-Regular` (the six capitals and `+` mark a subset). */
  name: string;
  embedded: boolean;
  subset: boolean;
  /** Has a ToUnicode map: its text can be searched and copied. */
  unicode: boolean;
}

/** The fonts a PDF uses, read with pdf-lib: what poppler's pdffonts lists, without poppler. */
export async function fontsOf(file: string): Promise<PdfFont[]> {
  const document = await PDFDocument.load(await readFile(file), { updateMetadata: false });
  const fonts: PdfFont[] = [];
  for (const [, object] of document.context.enumerateIndirectObjects()) {
    if (!(object instanceof PDFDict) || object.lookup(PDFName.of('Type')) !== PDFName.of('Font')) continue;
    const subtype = object.lookup(PDFName.of('Subtype'));
    // A composite font's descendant is listed through its Type0 parent, as pdffonts does.
    if (subtype === PDFName.of('CIDFontType0') || subtype === PDFName.of('CIDFontType2')) continue;
    const descendant = object.lookupMaybe(PDFName.of('DescendantFonts'), PDFArray)?.lookup(0, PDFDict);
    const descriptor = (descendant ?? object).lookupMaybe(PDFName.of('FontDescriptor'), PDFDict);
    const name = object.lookupMaybe(PDFName.of('BaseFont'), PDFName)?.decodeText() ?? '';
    fonts.push({
      name,
      embedded: ['FontFile', 'FontFile2', 'FontFile3'].some((key) => descriptor?.has(PDFName.of(key))),
      subset: /^[A-Z]{6}\+/.test(name),
      unicode: object.has(PDFName.of('ToUnicode')),
    });
  }
  return fonts;
}

export interface PagePixels {
  width: number;
  height: number;
  /** RGB, row by row. */
  pixels: Uint8Array;
}

/**
 * RGB pixels of one page (1-based) at `dpi`, drawn by pdf.js in this process on the canvas it
 * brings for Node (@napi-rs/canvas, Skia as in Chromium): no poppler needed, and no browser, where
 * drawing in a page cost ~1 s of CPU a call (a renderer, pdf.js loaded each time), here ~0.2 s.
 */
export async function renderPage(file: string, pageNumber: number, dpi = 30): Promise<PagePixels> {
  return (await renderPages(file, [pageNumber], dpi))[0]!;
}

/** renderPage for several pages (1-based) of one file: the file is parsed once. */
export async function renderPages(file: string, pageNumbers: readonly number[], dpi = 30): Promise<PagePixels[]> {
  const document: PdfDocument = await getDocument({ data: new Uint8Array(await readFile(file)), isEvalSupported: false }).promise;
  try {
    const pages: PagePixels[] = [];
    for (const number of pageNumbers) {
      const page = await document.getPage(number);
      const viewport = page.getViewport({ scale: dpi / 72 });
      const { canvas, context } = document.canvasFactory.create(Math.ceil(viewport.width), Math.ceil(viewport.height)) as {
        canvas: { width: number; height: number };
        context: CanvasRenderingContext2D;
      };
      await page.render({ canvasContext: context, viewport }).promise;
      const rgba = context.getImageData(0, 0, canvas.width, canvas.height).data;
      const pixels = new Uint8Array((rgba.length / 4) * 3);
      for (let i = 0, j = 0; i < rgba.length; i += 4, j += 3) {
        pixels[j] = rgba[i]!;
        pixels[j + 1] = rgba[i + 1]!;
        pixels[j + 2] = rgba[i + 2]!;
      }
      pages.push({ width: canvas.width, height: canvas.height, pixels });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

/** The share of a rendered page's pixels for which `test(r, g, b)` holds. */
export function pixelShare({ pixels }: PagePixels, test: (r: number, g: number, b: number) => boolean): number {
  let count = 0;
  for (let i = 0; i < pixels.length; i += 3) if (test(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!)) count++;
  return count / (pixels.length / 3);
}

/** RGB of pixel (x, y). */
export function pixelAt({ width, pixels }: PagePixels, x: number, y: number): number[] {
  const offset = (y * width + x) * 3;
  return [...pixels.subarray(offset, offset + 3)];
}
