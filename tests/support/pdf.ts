/**
 * Reading real PDFs in tests: text with positions and sizes, the outline and document information
 * through pdfjs-dist; embedded fonts through poppler's pdffonts; pixels through poppler's pdftoppm.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
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
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
  unicode: boolean;
}

/** The fonts a PDF uses, as poppler's pdffonts lists them. */
export function fontsOf(file: string): PdfFont[] {
  const lines = execFileSync('pdffonts', [file], { encoding: 'utf8' }).split('\n');
  const header = lines.findIndex((line) => line.startsWith('---'));
  return lines
    .slice(header + 1)
    .filter((line) => line.trim())
    .map((line) => {
      // name, type (may contain spaces), encoding, emb, sub, uni, object, ID
      const match = /^(\S+)\s+(.+?)\s+(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(line);
      if (!match) throw new Error(`unexpected pdffonts line: ${line}`);
      return { name: match[1]!, type: match[2]!, embedded: match[4] === 'yes', subset: match[5] === 'yes', unicode: match[6] === 'yes' };
    });
}

/** RGB pixels of one page (1-based), rendered by pdftoppm at `dpi`. */
export function renderPage(file: string, page: number, dpi = 30): { width: number; height: number; pixels: Uint8Array } {
  const ppm = execFileSync('pdftoppm', ['-r', String(dpi), '-f', String(page), '-l', String(page), file], { maxBuffer: 64 * 1024 * 1024 });
  // P6\n<width> <height>\n255\n<binary>
  let offset = 0;
  const fields: string[] = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(ppm[offset]!))) offset++;
    let field = '';
    while (!/\s/.test(String.fromCharCode(ppm[offset]!))) field += String.fromCharCode(ppm[offset++]!);
    fields.push(field);
  }
  offset++;
  const [magic, width, height] = fields;
  if (magic !== 'P6') throw new Error(`pdftoppm wrote ${magic}, not a binary PPM`);
  return { width: Number(width), height: Number(height), pixels: new Uint8Array(ppm.buffer, ppm.byteOffset + offset, Number(width) * Number(height) * 3) };
}

/** The share of a page's pixels for which `test(r, g, b)` holds. */
export function pixelShare(file: string, page: number, test: (r: number, g: number, b: number) => boolean): number {
  const { pixels } = renderPage(file, page);
  let count = 0;
  for (let i = 0; i < pixels.length; i += 3) if (test(pixels[i]!, pixels[i + 1]!, pixels[i + 2]!)) count++;
  return count / (pixels.length / 3);
}
