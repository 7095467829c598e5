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

/**
 * Asks Chromium (CSS.getPlatformFontsForNode) which fonts drew the text of every element on slide
 * `index` (shown already) that directly holds text; all must be embedded web fonts of the embedded
 * families. `cdp` needs DOM and CSS enabled.
 */
export async function fallbackFontsOnSlide(page: Page, cdp: CDPSession, index: number): Promise<string[]> {
  // Mark the elements that directly hold text, so CDP can find them; remember their text.
  const texts = await page.evaluate(
    (index, attribute) => {
      document.querySelectorAll(`[${attribute}]`).forEach((marked) => marked.removeAttribute(attribute));
      const frame = document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section')[index]!.querySelector(':scope > .slide-frame');
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
  for (const nodeId of nodeIds) {
    const { attributes } = await cdp.send('DOM.getAttributes', { nodeId });
    const id = Number(attributes[attributes.indexOf(probeAttribute) + 1]);
    const text = texts[id] ?? '?';
    const shortText = text.length > 40 ? `${text.slice(0, 40)}…` : text;
    const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
    if (fonts.length === 0) problems.push(`“${shortText}”：浏览器没有为它选用任何字体（没有排版？）`);
    for (const font of fonts) {
      if (!font.isCustomFont || !isEmbeddedFamily(font.familyName)) {
        problems.push(
          `“${shortText}”：有 ${font.glyphCount} 个字由${font.isCustomFont ? '网络字体' : '系统字体'}“${font.familyName}”显示，不是课件内嵌的字体`,
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
 * Missing glyphs (tofu): draws every distinct character of the slides' text, and of what the CSS
 * generates (list markers, ::before and ::after content), on a canvas in the computed font of the
 * element it appears in, and compares the pixels with those of unassigned code points in the same
 * font. Identical pixels mean the character shows as a .notdef box. Also flags a visible character
 * that draws nothing.
 */
export async function findTofuGlyphs(page: Page): Promise<Tofu[]> {
  const samples = await page.evaluate(() => {
    const byFont = new Map<string, { chars: Set<string>; where: Map<string, number> }>();
    const fontOf = (style: CSSStyleDeclaration) => style.font || `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
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
  });
  const found: Tofu[] = [];
  for (const { font, chars, where } of samples) {
    const results = await tofuCheck(page, font, chars);
    results.forEach((result, i) => {
      if (result) found.push({ index: where[i]!, char: chars[i]!, font, reason: result.reason, note: result.note });
    });
  }
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
 */
export function tofuCheck(
  page: Page,
  font: string,
  chars: readonly string[],
): Promise<({ reason: 'missing glyph' | 'draws nothing'; note: '' | 'no face' | 'not loaded' } | null)[]> {
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
      const results: ({ reason: 'missing glyph' | 'draws nothing'; note: '' | 'no face' | 'not loaded' } | null)[] = [];
      for (const char of chars) {
        const faces = await document.fonts.load(font, char);
        const note = faces.length === 0 ? 'no face' : document.fonts.check(font, char) ? '' : 'not loaded';
        const pixels = draw(char);
        if (references.some((reference) => same(pixels, reference))) results.push({ reason: 'missing glyph', note });
        else if (blank(pixels)) results.push({ reason: 'draws nothing', note });
        else results.push(null);
      }
      return results;
    },
    font,
    [...chars],
    unassigned,
  );
}
