import mammoth from 'mammoth';
import { invisible, isPageNumber, type CleanLines, type SourceLine } from '../lines.js';

/** The part of mammoth's document model this reader looks at (mammoth ships it untyped). */
interface DocxElement {
  type: string;
  value?: string;
  isBold?: boolean;
  fontSize?: number | null;
  children?: DocxElement[];
}

interface DocxParagraph {
  text: string;
  bold: boolean;
  /** The largest size set on its runs, in points, when the file says. */
  size?: number;
}

/**
 * The paragraphs of a .docx, through mammoth (the maintained .docx reader for JavaScript): each
 * Word paragraph is a line; one set in bold from its start is a heading or a run-in heading and
 * always starts a paragraph; one set larger than the body is the title. Table cells' paragraphs
 * are read in order. Word files are often made by pasting a PDF's text, one Word paragraph per
 * printed line, so whether a paragraph without final punctuation goes on is left to the repair,
 * as for text; so is a line break inside a paragraph (Shift+Enter). Page numbers pasted in are
 * dropped.
 */
export async function docxLines(data: Uint8Array): Promise<CleanLines> {
  const paragraphs: DocxParagraph[] = [];
  await mammoth.convertToHtml(
    { buffer: Buffer.from(data) },
    {
      transformDocument: (document: DocxElement) => {
        collectParagraphs(document, paragraphs);
        return document;
      },
    },
  );
  const bodySize = mostCommonSize(paragraphs);
  const lines: SourceLine[] = [];
  let pageNumbers = 0;
  for (const paragraph of paragraphs) {
    paragraph.text.split('\n').forEach((piece, index) => {
      const text = piece.replace(invisible, '').trim();
      if (text === '') return;
      if (isPageNumber(text)) {
        pageNumbers++;
        return;
      }
      const bold = index === 0 && paragraph.bold;
      const large = bodySize !== undefined && paragraph.size !== undefined && paragraph.size > bodySize * 1.2;
      lines.push({ text, line: lines.length + 1, hints: { ...(bold ? { paragraphStart: true, bold } : {}), ...(large ? { large } : {}) } });
    });
  }
  return { lines, pageNumbers };
}

function collectParagraphs(element: DocxElement, into: DocxParagraph[]): void {
  if (element.type !== 'paragraph') {
    for (const child of element.children ?? []) collectParagraphs(child, into);
    return;
  }
  const runs: DocxElement[] = [];
  collectRuns(element, runs);
  const text = runs.map(runText).join('');
  const firstRun = runs.find((run) => runText(run).trim() !== '');
  const sizes = runs.map((run) => run.fontSize).filter((size): size is number => typeof size === 'number');
  into.push({ text, bold: firstRun?.isBold === true, ...(sizes.length > 0 ? { size: Math.max(...sizes) } : {}) });
}

function collectRuns(element: DocxElement, into: DocxElement[]): void {
  for (const child of element.children ?? []) {
    if (child.type === 'run') into.push(child);
    else collectRuns(child, into);
  }
}

function runText(run: DocxElement): string {
  return (run.children ?? [])
    .map((child) => (child.type === 'text' ? (child.value ?? '') : child.type === 'tab' ? '\t' : child.type === 'break' ? '\n' : ''))
    .join('');
}

/** The size most characters are set in, when runs carry one. */
function mostCommonSize(paragraphs: DocxParagraph[]): number | undefined {
  const weights = new Map<number, number>();
  for (const paragraph of paragraphs) {
    if (paragraph.size !== undefined) weights.set(paragraph.size, (weights.get(paragraph.size) ?? 0) + paragraph.text.length);
  }
  return [...weights].sort((a, b) => b[1] - a[1])[0]?.[0];
}
