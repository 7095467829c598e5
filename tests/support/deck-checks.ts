/**
 * End-to-end checks of a built deck in a real browser. Each check returns a list of problems,
 * one readable line each (slide number, element, text, numbers), so a failing test says what to fix;
 * an empty list means the deck passes.
 */
import { pathToFileURL } from 'node:url';
import type { Browser, CDPSession, Page } from 'puppeteer';

/** The part of reveal.js's API the checks use. */
interface RevealApi {
  isReady(): boolean;
  getTotalSlides(): number;
  getIndices(): { h: number; v?: number };
  slide(h: number, v?: number): void;
  configure(options: Record<string, unknown>): void;
}

declare global {
  // eslint-disable-next-line no-var
  var Reveal: RevealApi;
}

/** The families the deck embeds; every glyph on a slide must come from one of them. */
export const embeddedFamilies = ['Noto Sans SC', 'Noto Serif SC'] as const;

/**
 * Whether a family name Chromium reports for a web font (the name inside the font file, not the
 * CSS family) is one of the embedded families. The fontsource files are static instances of the
 * variable Noto fonts that kept the default instance's name, so the 400 and 700 faces call
 * themselves “Noto Sans SC Thin” and “Noto Serif SC ExtraLight” (OS/2 weight 400/700 all the same):
 * a style word after the family is accepted, any other family is not.
 */
export function isEmbeddedFamily(familyName: string): boolean {
  const style = /^(?: (?:Thin|ExtraLight|Light|Regular|Medium|SemiBold|Bold|ExtraBold|Black))?$/;
  return embeddedFamilies.some((family) => familyName.startsWith(family) && style.test(familyName.slice(family.length)));
}

export const slideSelector = '.reveal > .slides > section';

export interface OpenedDeck {
  page: Page;
  /** Every URL the page requested, in order, from before navigation on. */
  requests: string[];
  /** Requests that failed, with the reason. */
  failedRequests: string[];
  /** Uncaught exceptions and console errors. */
  errors: string[];
}

/**
 * Opens a built deck from file:// in a viewport of the slide size (so reveal.js scales by 1), waits
 * until reveal.js is ready and the fonts in use have loaded, and turns slide transitions off.
 */
export async function openDeck(browser: Browser, htmlPath: string, size: { width: number; height: number }): Promise<OpenedDeck> {
  const page = await browser.newPage();
  const opened: OpenedDeck = { page, requests: [], failedRequests: [], errors: [] };
  page.on('request', (request) => opened.requests.push(request.url()));
  page.on('requestfailed', (request) => opened.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`));
  page.on('pageerror', (error) => opened.errors.push(`uncaught ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') opened.errors.push(`console error: ${message.text()}`);
  });
  await page.setViewport(size);
  await page.goto(pathToFileURL(htmlPath).href, { waitUntil: 'load' });
  await page.waitForFunction(() => typeof Reveal !== 'undefined' && Reveal.isReady(), { timeout: 30_000 });
  await page.evaluate(async () => {
    Reveal.configure({ transition: 'none', backgroundTransition: 'none' });
    await document.fonts.ready;
  });
  return opened;
}

/** The requests that left the machine: anything but file:, data: and about: URLs. */
export function onlineRequests(urls: readonly string[]): string[] {
  return urls.filter((url) => !/^(?:file|data|about|blob):/i.test(url));
}

/** Number of `section` slides in the page. */
export function sectionCount(page: Page): Promise<number> {
  return page.$$eval(slideSelector, (sections) => sections.length);
}

/**
 * Makes slide `index` the current one and waits until it is laid out and every font its text
 * needs has loaded (reveal.js shows only nearby slides, so fonts load as slides are visited).
 */
export async function showSlide(page: Page, index: number): Promise<void> {
  const shown = await page.evaluate(async (index) => {
    Reveal.slide(index);
    const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
    await frame();
    await frame();
    await document.fonts.ready;
    await frame(); // lay the text out again with the fonts that just arrived
    const section = document.querySelectorAll('.reveal > .slides > section')[index];
    return Reveal.getIndices().h === index && section?.classList.contains('present') === true;
  }, index);
  if (!shown) throw new Error(`reveal.js did not show slide ${index + 1}`);
}

/** Runs `check` on every slide in turn (or on `only`), each shown first, and collects problems. */
async function eachSlide(page: Page, check: (index: number) => Promise<string[]>, only?: readonly number[]): Promise<string[]> {
  const indices = only ?? [...Array(await sectionCount(page)).keys()];
  const problems: string[] = [];
  for (const index of indices) {
    await showSlide(page, index);
    problems.push(...(await check(index)));
  }
  return problems;
}

/**
 * Overflow: every slide's frame has the slide's exact size; neither it nor any descendant that
 * clips (overflow not visible) has content beyond its box; and every descendant element's and
 * every text line's box lies within the frame (±1 CSS px).
 */
export function findOverflow(page: Page, size: { width: number; height: number }, only?: readonly number[]): Promise<string[]> {
  return eachSlide(
    page,
    (index) =>
      page.evaluate(
        (index, size) => {
          const section = document.querySelectorAll('.reveal > .slides > section')[index]!;
          const frame = section.querySelector<HTMLElement>(':scope > .slide-frame');
          const where = `slide ${index + 1}`;
          if (!frame) return [`${where}: no .slide-frame`];
          const problems: string[] = [];
          const label = (element: Element) => {
            const classes = Array.from(element.classList).map((name) => `.${name}`).join('');
            const text = (element.textContent ?? '').replace(/\s+/g, ' ').trim();
            return `<${element.tagName.toLowerCase()}${classes}> “${text.length > 40 ? `${text.slice(0, 40)}…` : text}”`;
          };
          if (frame.offsetWidth !== size.width || frame.offsetHeight !== size.height) {
            problems.push(`${where}: frame is ${frame.offsetWidth}×${frame.offsetHeight}, not ${size.width}×${size.height}`);
          }
          const box = frame.getBoundingClientRect();
          const scale = box.width / frame.offsetWidth || 1; // reveal.js may scale the slide
          const slack = 1 * scale;
          const outside = (rect: DOMRect) =>
            rect.left < box.left - slack ||
            rect.top < box.top - slack ||
            rect.right > box.right + slack ||
            rect.bottom > box.bottom + slack;
          const edges = (rect: DOMRect) =>
            `[${Math.round(rect.left - box.left)}, ${Math.round(rect.top - box.top)}]–[${Math.round(rect.right - box.left)}, ${Math.round(rect.bottom - box.top)}]`;
          const frameEdges = `[0, 0]–[${Math.round(box.width)}, ${Math.round(box.height)}]`;

          for (const element of [frame, ...Array.from(frame.querySelectorAll('*'))]) {
            const style = getComputedStyle(element);
            const clips = element === frame || style.overflowX !== 'visible' || style.overflowY !== 'visible';
            if (clips && element.scrollHeight > element.clientHeight + 1) {
              problems.push(`${where}: ${label(element)} content is ${element.scrollHeight}px high in a ${element.clientHeight}px box`);
            }
            if (clips && element.scrollWidth > element.clientWidth + 1) {
              problems.push(`${where}: ${label(element)} content is ${element.scrollWidth}px wide in a ${element.clientWidth}px box`);
            }
            if (element === frame) continue;
            const rect = Array.from(element.getClientRects()).find(outside);
            if (rect) problems.push(`${where}: ${label(element)} at ${edges(rect)} is outside the frame ${frameEdges}`);
          }

          const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
          const range = document.createRange();
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.nodeValue?.trim()) continue;
            range.selectNodeContents(node);
            const rect = Array.from(range.getClientRects()).find(outside);
            if (rect) {
              const text = node.nodeValue.trim();
              problems.push(`${where}: text “${text.length > 40 ? `${text.slice(0, 40)}…` : text}” has a line at ${edges(rect)}, outside the frame ${frameEdges}`);
            }
          }
          return problems;
        },
        index,
        size,
      ),
    only,
  );
}

/**
 * Fonts: asks Chromium (CSS.getPlatformFontsForNode) which fonts drew the text of every element on
 * a slide that directly holds text; all must be embedded web fonts of the embedded families.
 */
export async function findFallbackFonts(page: Page, only?: readonly number[]): Promise<string[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    return await eachSlide(page, (index) => fallbackFontsOnSlide(page, cdp, index), only);
  } finally {
    await cdp.detach();
  }
}

const probeAttribute = 'data-font-probe';

async function fallbackFontsOnSlide(page: Page, cdp: CDPSession, index: number): Promise<string[]> {
  // Mark the elements that directly hold text, so CDP can find them; remember their text.
  const texts = await page.evaluate(
    (index, attribute) => {
      document.querySelectorAll(`[${attribute}]`).forEach((marked) => marked.removeAttribute(attribute));
      const frame = document.querySelectorAll('.reveal > .slides > section')[index]!.querySelector(':scope > .slide-frame');
      const texts: string[] = [];
      if (!frame) return texts;
      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.nodeValue?.trim()) continue;
        if (!element.hasAttribute(attribute)) {
          element.setAttribute(attribute, String(texts.length));
          texts.push('');
        }
        const id = Number(element.getAttribute(attribute));
        texts[id] += node.nodeValue;
      }
      return texts.map((text) => text.replace(/\s+/g, ' ').trim());
    },
    index,
    probeAttribute,
  );
  const problems: string[] = [];
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `[${probeAttribute}]` });
  if (nodeIds.length !== texts.length) {
    problems.push(`slide ${index + 1}: CDP found ${nodeIds.length} elements holding text, the page ${texts.length}`);
  }
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const id = Number(attributes[attributes.indexOf(probeAttribute) + 1]);
    const text = texts[id] ?? '?';
    const shortText = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) problems.push(`slide ${index + 1}: “${shortText}”: Chromium reports no font for it (not laid out?)`);
    for (const font of fonts) {
      if (!font.isCustomFont || !isEmbeddedFamily(font.familyName)) {
        problems.push(
          `slide ${index + 1}: “${shortText}”: ${font.glyphCount} glyph(s) drawn by ${font.isCustomFont ? 'web font' : 'system font'} “${font.familyName}”` +
            (font.postScriptName ? ` (${font.postScriptName})` : ''),
        );
      }
    }
  }
  await page.evaluate((attribute) => {
    document.querySelectorAll(`[${attribute}]`).forEach((marked) => marked.removeAttribute(attribute));
  }, probeAttribute);
  return problems;
}

/** Code points no font has a glyph for: what a missing glyph looks like in a given font. */
const unassigned = ['\u{10FFFD}', '\u0378'];

/**
 * Missing glyphs (tofu): draws every distinct character of the slides' text on a canvas in the
 * computed font of the element it appears in, and compares the pixels with those of unassigned
 * code points in the same font. Identical pixels mean the character shows as a .notdef box.
 * Also flags a visible character that draws nothing.
 */
export async function findTofu(page: Page): Promise<string[]> {
  const samples = await page.evaluate(() => {
    const byFont = new Map<string, { chars: Set<string>; where: Map<string, string> }>();
    const sections = document.querySelectorAll('.reveal > .slides > section');
    sections.forEach((section, index) => {
      const frame = section.querySelector(':scope > .slide-frame');
      if (!frame) return;
      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || !node.nodeValue?.trim()) continue;
        const style = getComputedStyle(element);
        const font = style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
        let entry = byFont.get(font);
        if (!entry) byFont.set(font, (entry = { chars: new Set(), where: new Map() }));
        for (const char of node.nodeValue) {
          if (/[\s\p{Cc}\p{Cf}]/u.test(char)) continue;
          entry.chars.add(char);
          if (!entry.where.has(char)) entry.where.set(char, `slide ${index + 1}`);
        }
      }
    });
    return [...byFont].map(([font, { chars, where }]) => ({ font, chars: [...chars], where: [...chars].map((char) => where.get(char)!) }));
  });
  const problems: string[] = [];
  for (const { font, chars, where } of samples) {
    const results = await tofuCheck(page, font, chars);
    results.forEach((result, i) => {
      if (result) problems.push(`${where[i]}: “${chars[i]}” (U+${chars[i]!.codePointAt(0)!.toString(16).toUpperCase()}) in ${font}: ${result}`);
    });
  }
  return problems;
}

/**
 * For each character, why it would not show in `font` (a CSS font shorthand), or null if it shows:
 * "missing glyph" when it draws exactly like an unassigned code point, "draws nothing" when blank.
 */
export function tofuCheck(page: Page, font: string, chars: readonly string[]): Promise<(string | null)[]> {
  return page.evaluate(
    async (font, chars, unassigned) => {
      const canvas = document.createElement('canvas');
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.font = font;
      const px = parseFloat(/(\d+(?:\.\d+)?)px/.exec(context.font)?.[1] ?? 'NaN');
      if (!(px > 0) || context.font === '10px sans-serif') throw new Error(`the canvas does not take the font “${font}”`);
      canvas.width = Math.ceil(px * 3);
      canvas.height = Math.ceil(px * 2);
      const draw = (text: string) => {
        context.clearRect(0, 0, canvas.width, canvas.height);
        context.font = font; // resizing the canvas resets its state
        context.fillStyle = '#000';
        context.textBaseline = 'alphabetic';
        context.fillText(text, px * 0.5, px * 1.4);
        return context.getImageData(0, 0, canvas.width, canvas.height).data;
      };
      const same = (a: Uint8ClampedArray, b: Uint8ClampedArray) => {
        for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
        return true;
      };
      const blank = (a: Uint8ClampedArray) => {
        for (let i = 3; i < a.length; i += 4) if (a[i] !== 0) return false;
        return true;
      };
      // Load the web font faces whose unicode-range covers the text, as a slide showing it would.
      await document.fonts.load(font, chars.join('') + unassigned.join(''));
      const references = unassigned.map(draw);
      const results: (string | null)[] = [];
      for (const char of chars) {
        const faces = await document.fonts.load(font, char);
        const note = faces.length === 0 ? ' (no web font face covers it)' : document.fonts.check(font, char) ? '' : ' (its web font did not load)';
        const pixels = draw(char);
        if (references.some((reference) => same(pixels, reference))) results.push(`missing glyph${note}`);
        else if (blank(pixels)) results.push(`draws nothing${note}`);
        else results.push(null);
      }
      return results;
    },
    font,
    [...chars],
    unassigned,
  );
}

export interface DeckText {
  /** Per slide: the layout class (layout-cover, …), the visible text and the speaker notes. */
  slides: { layout: string; text: string; notes: string | null }[];
}

/** The text of every slide and of its speaker notes (null when it has no aside.notes). */
export function deckText(page: Page): Promise<DeckText> {
  return page.evaluate(() => ({
    slides: Array.from(document.querySelectorAll('.reveal > .slides > section')).map((section) => ({
      layout: Array.from(section.classList).find((name) => name.startsWith('layout-')) ?? '',
      text: section.querySelector(':scope > .slide-frame')?.textContent ?? '',
      notes: section.querySelector(':scope > aside.notes')?.textContent ?? null,
    })),
  }));
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
