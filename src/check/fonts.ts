/**
 * Glyphs the embedded fonts do not draw: a system font standing in (fallback), or a missing-glyph
 * box (tofu). Both look wrong on a meeting-room PC, where the system may have no Chinese font.
 */
import type { CDPSession, Page } from 'puppeteer';

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

const probeAttribute = 'data-font-probe';

/** Text on slide `index` (shown already) that no embedded font draws: see fallbackFontsOnSlides. */
export async function fallbackFontsOnSlide(page: Page, cdp: CDPSession, index: number): Promise<string[]> {
  return (await fallbackFontsOnSlides(page, cdp, [index]))[0]!;
}

/**
 * Asks Chromium (CSS.getPlatformFontsForNode) which fonts drew the text of every element on each
 * slide of `indices` (laid out already) that directly holds text; all must be embedded web fonts
 * of the embedded families. A list of problems per slide. `cdp` needs DOM and CSS enabled.
 */
export async function fallbackFontsOnSlides(page: Page, cdp: CDPSession, indices: readonly number[]): Promise<string[][]> {
  // Mark the elements that directly hold text, so CDP can find them, with their slide's place in
  // `indices`; their texts and places in document order, the order DOM.querySelectorAll returns them in.
  const marked = await page.evaluate(
    (indices, attribute) => {
      document.querySelectorAll(`[${attribute}]`).forEach((element) => element.removeAttribute(attribute));
      const sections = document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section');
      const texts = new Map<Element, string>();
      indices.forEach((index, place) => {
        const frame = sections[index]!.querySelector(':scope > .slide-frame');
        if (!frame) return;
        const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const element = node.parentElement;
          if (!element || !node.nodeValue?.trim()) continue;
          element.setAttribute(attribute, String(place));
          texts.set(element, (texts.get(element) ?? '') + node.nodeValue);
        }
      });
      return Array.from(document.querySelectorAll(`[${attribute}]`), (element) => ({
        place: Number(element.getAttribute(attribute)),
        text: texts.get(element)!.replace(/\s+/g, ' ').trim(),
      }));
    },
    [...indices],
    probeAttribute,
  );
  // The document node alone: querySelectorAll hands over the nodes it finds, a whole tree is wasted work.
  const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
  const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: `[${probeAttribute}]` });
  if (nodeIds.length !== marked.length) throw new Error(`CDP found ${nodeIds.length} marked elements, the page ${marked.length}`);
  // All questions at once: CDP answers in order, and one round trip per node made this the preflight's slowest part.
  const answers = await Promise.all(nodeIds.map((nodeId) => cdp.send('CSS.getPlatformFontsForNode', { nodeId })));
  const problems = indices.map((): string[] => []);
  answers.forEach(({ fonts }, i) => {
    const { place, text } = marked[i]!;
    const shortText = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    if (fonts.length === 0) problems[place]!.push(`“${shortText}”：浏览器没有为它选用任何字体（没有排版？）`);
    for (const font of fonts) {
      if (!font.isCustomFont || !isEmbeddedFamily(font.familyName)) {
        problems[place]!.push(
          `“${shortText}”：有 ${font.glyphCount} 个字由${font.isCustomFont ? '网络字体' : '系统字体'}“${font.familyName}”显示，不是课件内嵌的字体`,
        );
      }
    }
  });
  await page.evaluate((attribute) => {
    document.querySelectorAll(`[${attribute}]`).forEach((element) => element.removeAttribute(attribute));
  }, probeAttribute);
  return problems;
}

/** Code points no font has a glyph for: what a missing glyph looks like in a given font. */
const unassigned = ['\u{10FFFD}', '\u0378'];

export interface Tofu {
  /** 0-based slide index where the character first appears in that font. */
  index: number;
  char: string;
  font: string;
  reason: 'missing glyph' | 'draws nothing';
  /** Why, when the browser can tell: no face covers it, or its face did not load. */
  note: string;
}

/**
 * The size glyphs are drawn at to test them: whether a face has a glyph does not depend on the
 * size it is set in, so each face is tested once, not once per size and line height.
 */
const testPx = 32;

/**
 * Missing glyphs (tofu): draws every distinct character of the slides' text, and of what the CSS
 * generates (list markers, ::before and ::after content), on a canvas in the face (family list,
 * weight, style) of the element it appears in, and compares the pixels with those of unassigned
 * code points in the same face (see tofuCheck). Identical pixels mean the character shows as a
 * .notdef box. Also flags a visible character that draws nothing.
 */
export async function findTofuGlyphs(page: Page): Promise<Tofu[]> {
  const samples = await page.evaluate((px) => {
    const byFont = new Map<string, { chars: Set<string>; where: Map<string, number> }>();
    const fontOf = (style: CSSStyleDeclaration) => `${style.fontStyle === 'normal' ? '' : `${style.fontStyle} `}${style.fontWeight} ${px}px ${style.fontFamily}`;
    const add = (font: string, text: string, index: number) => {
      let entry = byFont.get(font);
      if (!entry) byFont.set(font, (entry = { chars: new Set(), where: new Map() }));
      for (const char of text) {
        if (/[\s\p{Cc}\p{Cf}]/u.test(char)) continue;
        entry.chars.add(char);
        if (!entry.where.has(char)) entry.where.set(char, index);
      }
    };
    /** The text a pseudo-element's `content` draws, when it is a plain string. */
    const generated = (element: Element, pseudo: string) => {
      const style = getComputedStyle(element, pseudo);
      const match = /^"((?:[^"\\]|\\.)*)"$/.exec(style.content);
      return match ? { text: match[1]!.replace(/\\(.)/g, '$1'), font: fontOf(style) } : undefined;
    };
    const markers: Record<string, string> = { disc: '•', circle: '◦', square: '▪' };
    document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section').forEach((section, index) => {
      const frame = section.querySelector(':scope > .slide-frame');
      if (!frame) return;
      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (element && node.nodeValue?.trim()) add(fontOf(getComputedStyle(element)), node.nodeValue, index);
      }
      for (const element of Array.from(frame.querySelectorAll('*'))) {
        for (const pseudo of ['::before', '::after']) {
          const content = generated(element, pseudo);
          if (content) add(content.font, content.text, index);
        }
        const style = getComputedStyle(element);
        if (style.display === 'list-item') {
          const marker = generated(element, '::marker')?.text ?? markers[style.listStyleType];
          if (marker) add(fontOf(getComputedStyle(element, '::marker')), marker, index);
          else if (style.listStyleType === 'decimal') add(fontOf(getComputedStyle(element, '::marker')), '0123456789.', index);
        }
      }
    });
    return [...byFont].map(([font, { chars, where }]) => ({ font, chars: [...chars], where: [...chars].map((char) => where.get(char)!) }));
  }, testPx);
  const found: Tofu[] = [];
  const perFont = await tofuChecks(page, samples);
  samples.forEach(({ font, chars, where }, k) => {
    perFont[k]!.forEach((result, i) => {
      if (result) found.push({ index: where[i]!, char: chars[i]!, font, reason: result.reason, note: result.note });
    });
  });
  return found;
}

/** A Chinese line for a tofu finding. */
export function describeTofu({ char, font, reason, note }: Tofu): string {
  const code = `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  const why = reason === 'missing glyph' ? '显示成方框（字体里没有这个字）' : '什么也显示不出来';
  const detail = note === 'no face' ? '，没有内嵌字体包含它' : note === 'not loaded' ? '，它的内嵌字体没有加载' : '';
  return `“${char}”（${code}）用 ${font} ${why}${detail}`;
}

/**
 * For each character, why it would not show in `font` (a CSS font shorthand), or null if it shows:
 * "missing glyph" when it draws exactly like an unassigned code point, "draws nothing" when blank.
 * Only characters whose canvas metrics allow either are drawn (a cheap measure rules out the rest).
 */
export async function tofuCheck(page: Page, font: string, chars: readonly string[]): Promise<(TofuReason | null)[]> {
  return (await tofuChecks(page, [{ font, chars }]))[0]!;
}

/** Why a character does not show in a font. */
export interface TofuReason {
  reason: 'missing glyph' | 'draws nothing';
  note: '' | 'no face' | 'not loaded';
}

/**
 * tofuCheck for several fonts, each with its characters, in one round trip to the page: a deck sets
 * its text in a handful of fonts, and a round trip per font cost more than the drawing (measured:
 * the corpus tests, where each evaluate sent the whole function again).
 */
function tofuChecks(page: Page, samples: readonly { font: string; chars: readonly string[] }[]): Promise<(TofuReason | null)[][]> {
  return page.evaluate(
    async (samples, unassigned) => {
      const checkFont = async (font: string, chars: readonly string[]) => {
        const probe = document.createElement('canvas').getContext('2d')!;
        probe.font = font;
        const px = parseFloat(/(\d+(?:\.\d+)?)px/.exec(probe.font)?.[1] ?? 'NaN');
        if (!(px > 0) || probe.font === '10px sans-serif') throw new Error(`the canvas does not take the font “${font}”`);
        // Characters are drawn side by side in cells of one canvas and read back at once: a read-back
        // per character was most of the check's time. Cells have whole-pixel sizes, so a glyph falls on
        // the same sub-pixel position in every cell and draws the same pixels; each is clipped to its cell.
        const cell = { width: Math.ceil(px * 3), height: Math.ceil(px * 2) };
        const columns = 16;
        const canvas = document.createElement('canvas');
        const context = canvas.getContext('2d', { willReadFrequently: true })!;
        /** Each text's pixels, row by row of its cell. */
        const draw = (texts: readonly string[]): Uint8ClampedArray[] => {
          canvas.width = cell.width * Math.min(columns, texts.length);
          canvas.height = cell.height * Math.ceil(texts.length / columns);
          context.font = font; // resizing the canvas resets its state
          context.fillStyle = '#000';
          context.textBaseline = 'alphabetic';
          const at = (i: number) => ({ x: (i % columns) * cell.width, y: Math.floor(i / columns) * cell.height });
          texts.forEach((text, i) => {
            const { x, y } = at(i);
            context.save();
            context.beginPath();
            context.rect(x, y, cell.width, cell.height);
            context.clip();
            context.fillText(text, x + px * 0.5, y + px * 1.4);
            context.restore();
          });
          const all = context.getImageData(0, 0, canvas.width, canvas.height).data;
          const row = cell.width * 4;
          return texts.map((_, i) => {
            const { x, y } = at(i);
            const pixels = new Uint8ClampedArray(row * cell.height);
            for (let line = 0; line < cell.height; line++) {
              const start = ((y + line) * canvas.width + x) * 4;
              pixels.set(all.subarray(start, start + row), line * row);
            }
            return pixels;
          });
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
        // A missing glyph is the .notdef glyph, so it measures exactly like an unassigned code point;
        // a glyph that draws nothing has a bounding box under a pixel. Only characters that measure
        // so are drawn and compared pixel by pixel: drawing and reading back every character was
        // most of the preflight's time.
        context.font = font;
        /** Advance and ink box (left, right, ascent, descent) of a text. */
        const metrics = (text: string): [number, number, number, number, number] => {
          const m = context.measureText(text);
          return [m.width, m.actualBoundingBoxLeft, m.actualBoundingBoxRight, m.actualBoundingBoxAscent, m.actualBoundingBoxDescent];
        };
        const referenceMetrics = unassigned.map(metrics);
        const suspects = chars.filter((char) => {
          const measured = metrics(char);
          const [, left, right, ascent, descent] = measured;
          const likeReference = referenceMetrics.some((reference) => reference.every((value, k) => value === measured[k]));
          return likeReference || left + right < 1 || ascent + descent < 1;
        });
        const references = suspects.length > 0 ? draw(unassigned) : [];
        // In batches, to bound the canvas (a notice with thousands of distinct characters).
        const drawn = new Map<string, Uint8ClampedArray>();
        for (let start = 0; start < suspects.length; start += columns * columns) {
          const batch = suspects.slice(start, start + columns * columns);
          draw(batch).forEach((pixels, i) => drawn.set(batch[i]!, pixels));
        }
        const results: (TofuReason | null)[] = [];
        // Why a character fails is asked only for the few that do: a font-loading round per character
        // was most of the preflight's time.
        const noteFor = async (char: string) => {
          const faces = await document.fonts.load(font, char);
          return faces.length === 0 ? 'no face' : document.fonts.check(font, char) ? '' : 'not loaded';
        };
        for (const char of chars) {
          const pixels = drawn.get(char);
          if (!pixels) results.push(null);
          else if (references.some((reference) => same(pixels, reference))) results.push({ reason: 'missing glyph', note: await noteFor(char) });
          else if (blank(pixels)) results.push({ reason: 'draws nothing', note: await noteFor(char) });
          else results.push(null);
        }
        return results;
      };
      const all: (TofuReason | null)[][] = [];
      for (const { font, chars } of samples) all.push(await checkFont(font, chars));
      return all;
    },
    samples.map(({ font, chars }) => ({ font, chars: [...chars] })),
    unassigned,
  );
}
