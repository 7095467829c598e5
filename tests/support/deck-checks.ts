/**
 * End-to-end checks of a built deck in a real browser, as lists of problems (one readable line
 * each: slide number, element, text, numbers), so a failing test says what to fix; an empty list
 * means the deck passes. The measuring is src/check's, the same that `notice-deck check` runs.
 */
import type { Browser, Page } from 'puppeteer';
import { fallbackFontsOnSlide, fallbackFontsOnSlides, findTofuGlyphs, describeTofu, tofuCheck as tofuCheckOf } from '../../src/check/fonts.js';
import { overflowOnSlide, overflowOnSlides } from '../../src/check/overflow.js';
import { eachSlide, eachSlideGroup, loadPrintView, recordingPage, slideSelector, type OpenedDeck } from '../../src/check/page.js';
import type { SlideSize } from '../../src/render/slide-size.js';

export { embeddedFamilies, isEmbeddedFamily } from '../../src/check/fonts.js';
export { onlineRequests, openDeck, sectionCount, showSlide, slideSelector, type OpenedDeck } from '../../src/check/page.js';

/**
 * openDeck, in reveal's print view (loadPrintView): every slide laid out, and every font the deck
 * uses requested, at once. For tests of the layout or the requests rather than of the screen view.
 */
export async function openPrintView(browser: Browser, htmlPath: string, size: SlideSize): Promise<OpenedDeck> {
  const opened = await recordingPage(browser);
  await loadPrintView(opened.page, htmlPath, size);
  return opened;
}

/** Per-slide lists of problems, in slide order, as one list of lines that start with the slide number. */
const numbered = (perSlide: string[][]): string[] => perSlide.flatMap((problems, index) => problems.map((problem) => `slide ${index + 1}: ${problem}`));

/**
 * Overflow and clipping on every slide (or on `only`); see src/check/overflow.ts. In reveal's print
 * view all slides are measured in one round trip, in the screen view slide by slide, each shown first.
 */
export async function findOverflow(page: Page, size: { width: number; height: number }, only?: readonly number[]): Promise<string[]> {
  if (!only) return numbered(await eachSlideGroup(page, (indices) => overflowOnSlides(page, indices, size)));
  return eachSlide(page, async (index) => (await overflowOnSlide(page, index, size)).map((problem) => `slide ${index + 1}: ${problem}`), only);
}

/** Text drawn by any font but the embedded ones, on every slide (or on `only`); all at once in the print view, as findOverflow. */
export async function findFallbackFonts(page: Page, only?: readonly number[]): Promise<string[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    if (!only) return numbered(await eachSlideGroup(page, (indices) => fallbackFontsOnSlides(page, cdp, indices)));
    return await eachSlide(page, async (index) => (await fallbackFontsOnSlide(page, cdp, index)).map((problem) => `slide ${index + 1}: ${problem}`), only);
  } finally {
    await cdp.detach();
  }
}

/** Characters that show as missing-glyph boxes or nothing at all, anywhere in the deck. */
export async function findTofu(page: Page): Promise<string[]> {
  return (await findTofuGlyphs(page)).map((glyph) => `slide ${glyph.index + 1}: ${describeTofu(glyph)}`);
}

/** Per character: null if it shows in `font`, else why not (`missing glyph (no face)` …). */
export async function tofuCheck(page: Page, font: string, chars: readonly string[]): Promise<(string | null)[]> {
  return (await tofuCheckOf(page, font, chars)).map((result) => (result ? `${result.reason}${result.note ? ` (${result.note})` : ''}` : null));
}

export interface DeckText {
  /** Per slide: the layout class (layout-cover, …), the visible text and the speaker notes. */
  slides: { layout: string; text: string; notes: string | null }[];
}

/** The text of every slide and of its speaker notes (null when it has no aside.notes), in either view. */
export function deckText(page: Page): Promise<DeckText> {
  return page.evaluate((selector) => ({
    slides: Array.from(document.querySelectorAll(selector)).map((section) => ({
      layout: Array.from(section.classList).find((name) => name.startsWith('layout-')) ?? '',
      text: section.querySelector(':scope > .slide-frame')?.textContent ?? '',
      notes: section.querySelector(':scope > aside.notes')?.textContent ?? null,
    })),
  }), slideSelector);
}

/** The body of a notice.md: front matter dropped, heading and list markers stripped, per paragraph. */
export function noticeBodyParagraphs(markdown: string): string[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  let start = 0;
  if (lines[0]?.trim() === '---') {
    const end = lines.indexOf('---', 1);
    start = end === -1 ? 0 : end + 1;
  }
  const paragraphs: string[] = [];
  let current = '';
  for (const line of lines.slice(start)) {
    const text = line.replace(/^\s*#{1,6}\s+/, '').replace(/^\s*(?:[-*+]|\d+[.)])\s+/, '').replace(/\s+/g, '');
    const blockStart = /^\s*(#{1,6}\s|[-*+]\s|\d+[.)]\s)/.test(line);
    if (!text || blockStart) {
      if (current) paragraphs.push(current);
      current = '';
    }
    current += text;
  }
  if (current) paragraphs.push(current);
  return paragraphs;
}

/**
 * Where the paragraphs stop appearing in order, as contiguous runs, in `haystack` (whitespace
 * removed from both); an empty list when all of them do.
 */
export function missingInOrder(paragraphs: readonly string[], haystack: string): string[] {
  const text = haystack.replace(/\s+/g, '');
  const problems: string[] = [];
  let from = 0;
  paragraphs.forEach((paragraph, i) => {
    const at = text.indexOf(paragraph, from);
    if (at !== -1) {
      from = at + paragraph.length;
      return;
    }
    // Report the longest prefix found, to point at the first lost or changed character.
    let found = 0;
    while (found < paragraph.length && text.indexOf(paragraph.slice(0, found + 1), from) !== -1) found++;
    problems.push(
      `paragraph ${i + 1} (“${paragraph.slice(0, 20)}…”) is not in order: its first ${found} characters are, ` +
        `then “${paragraph.slice(found, found + 20)}” is missing or changed`,
    );
  });
  return problems;
}

/** Whether the characters of `needle` all appear in `haystack` in order (whitespace ignored). */
export function isSubsequence(needle: string, haystack: string): boolean {
  const text = [...haystack.replace(/\s+/g, '')];
  let i = 0;
  for (const char of needle.replace(/\s+/g, '')) {
    while (i < text.length && text[i] !== char) i++;
    if (i === text.length) return false;
    i++;
  }
  return true;
}
