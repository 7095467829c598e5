import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';

/** A run of text as the PDF placed it, in points from the bottom left of its page. */
export interface PdfRun {
  text: string;
  x: number;
  /** The baseline. */
  y: number;
  width: number;
  /** The size the text is set in. */
  size: number;
}

export interface PdfPageText {
  runs: PdfRun[];
  /** The page's characters drawn in red, in drawing order, without spaces: the masthead. */
  red: string;
}

/**
 * The text of every page with positions and sizes, through pdfjs-dist (Mozilla's PDF reader, the
 * one browsers use). Colour is not in pdfjs's text content, so the red glyphs are read from the
 * operator list: each show-text operation under a red fill colour.
 */
export async function readPdfText(data: Uint8Array): Promise<PdfPageText[]> {
  // pdfjs refuses a Node Buffer (a Uint8Array subclass) and takes over the array it is given: copy.
  const document = await getDocument({ data: new Uint8Array(data), isEvalSupported: false, verbosity: 0 }).promise;
  try {
    const pages: PdfPageText[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs: PdfRun[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue;
        const [a, b, , , x, y] = item.transform as [number, number, number, number, number, number];
        runs.push({ text: item.str, x, y, width: item.width, size: Math.hypot(a, b) });
      }
      pages.push({ runs, red: redText(await page.getOperatorList()) });
    }
    return pages;
  } finally {
    await document.destroy();
  }
}

interface OperatorList {
  fnArray: number[];
  argsArray: unknown[][];
}

/**
 * The glyphs shown while the fill colour is red. pdfjs turns every fill colour space (grey, CMYK)
 * into one setFillRGBColor with 0–255 components.
 */
function redText(operators: OperatorList): string {
  let red = false;
  let text = '';
  operators.fnArray.forEach((operator, index) => {
    const args = operators.argsArray[index]!;
    if (operator === OPS.setFillRGBColor) red = isRed(args as unknown as ArrayLike<number>);
    else if (operator === OPS.showText && red) {
      const glyphs = args[0] as ({ unicode?: string } | number | null)[];
      text += glyphs.map((glyph) => (glyph && typeof glyph === 'object' ? (glyph.unicode ?? '') : '')).join('');
    }
  });
  return text.replace(/\s+/gu, '');
}

function isRed(rgb: ArrayLike<number>): boolean {
  return rgb[0]! > 150 && rgb[1]! < 100 && rgb[2]! < 100;
}
