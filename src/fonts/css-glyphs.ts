/**
 * Characters the stylesheet draws by itself, which the deck's text does not contain: list
 * markers and `content` strings of ::before/::after. They must go into the font subset too, or a
 * system font draws them (a bullet in a foreign face, or a box where there is no font at all).
 */

/** What the list-style-type keywords draw. */
const markerGlyphs: Record<string, string> = {
  disc: '•',
  circle: '◦',
  square: '▪',
  decimal: '0123456789.',
  'decimal-leading-zero': '0123456789.',
  'cjk-decimal': '〇一二三四五六七八九、',
};

/** Lists with no list-style-type of their own: browsers' default ul and ol markers, and the space a marker ends with. */
const defaultMarkers = '•◦▪0123456789. ';

/** The characters `css` draws: default list markers, those it names, and its `content` strings. */
export function cssGlyphs(css: string): string {
  const named = [...css.matchAll(/list-style(?:-type)?\s*:([^;}]*)/gu)].flatMap((match) => match[1]!.split(/\s+/u).map((word) => markerGlyphs[word] ?? ''));
  const contents = [...css.matchAll(/\bcontent\s*:\s*((?:"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^;}])*)/gu)].flatMap((match) =>
    [...match[1]!.matchAll(/"((?:[^"\\]|\\.)*)"|'((?:[^'\\]|\\.)*)'/gu)].map((string) => unescapeCss(string[1] ?? string[2] ?? '')),
  );
  return [...new Set([...defaultMarkers, ...named.join(''), ...contents.join('')])].join('');
}

/** A CSS string's text: `\201C` and `\"` escapes resolved. */
function unescapeCss(text: string): string {
  return text.replace(/\\([0-9a-fA-F]{1,6})\s?|\\(.)/gu, (_, hex: string | undefined, char: string | undefined) =>
    hex ? String.fromCodePoint(parseInt(hex, 16)) : (char ?? ''),
  );
}
