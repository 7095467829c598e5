/**
 * Which characters each embedded face draws, so each is subset to those alone: the serif bold
 * draws titles only, the sans bold what the stylesheets make bold. The styles come from the
 * page's own stylesheets (deck-text-styles), so themes and a deck's own templates that change
 * fonts stay right.
 */
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { deckFontFaces, type FontFace } from './faces.js';
import { drawnTexts } from './drawn-texts.js';
import type { TextStyle } from './font-cascade.js';
import { loadFontsourceWeight, type UnicodeRange } from './fontsource.js';

export const isNotes = (element: Element) => element.tagName === 'aside' && ((element.properties.className as string[] | undefined) ?? []).includes('notes');

/** The deck page as two pages the browser draws: the slides (notes hidden), and the speaker window's notes. */
export function deckPages(tree: Root): { slides: Root; notes: Root } {
  const notes: Element[] = [];
  const collect = (node: Root | Element) => {
    for (const child of node.children) if (child.type === 'element') (isNotes(child) ? notes.push(child) : collect(child));
  };
  collect(tree);
  return { slides: tree, notes: { type: 'root', children: [h('html', [h('body', notes)])] } };
}

/** Each drawn text of the deck page `tree`: the slides', then the notes'. */
export function deckTexts(tree: Root): string[] {
  const { slides, notes } = deckPages(tree);
  return [...drawnTexts(slides, isNotes), ...drawnTexts(notes)];
}

/**
 * The characters each face of `deckFontFaces` draws, given each text and its style;
 * `everyFace` (characters scripts and CSS content add, whose element we do not know) goes to all faces.
 */
export function faceTexts(texts: readonly string[], styles: readonly TextStyle[], everyFace: string): Map<FontFace, string> {
  const chars = new Map(deckFontFaces.map((face) => [face, new Set<string>(everyFace)]));
  texts.forEach((text, index) => {
    for (const [face, drawn] of facesDrawing(styles[index]!, text)) for (const char of drawn) chars.get(face)!.add(char);
  });
  return new Map([...chars].map(([face, set]) => [face, [...set].join('')]));
}

/**
 * For text in `style`: each face and the characters it draws. Per font-family list, the first
 * embedded family whose face has a glyph draws a character (a face's @font-face claims only its
 * characters, so the browser moves on); the characters no face has stay with the first, which
 * reports them missing.
 */
function facesDrawing(style: TextStyle, text: string): Map<FontFace, string[]> {
  const drawing = new Map<FontFace, string[]>();
  const give = (face: FontFace, chars: string[]) => drawing.set(face, [...(drawing.get(face) ?? []), ...chars]);
  const distinct = [...new Set(text)];
  if (style.unknown) {
    for (const face of deckFontFaces) give(face, distinct);
    return drawing;
  }
  for (const familyList of style.fontFamilies) {
    const families = embeddedFamilies(familyList);
    for (const weight of style.fontWeights) {
      let left = distinct;
      for (const family of families) {
        const face = matchingFace(family, weight);
        give(face, left);
        left = left.filter((char) => !hasGlyph(face, char.codePointAt(0)!));
        if (left.length === 0) break;
      }
    }
  }
  return drawing;
}

/** The embedded families a font-family value names, in order. */
function embeddedFamilies(value: string): string[] {
  const names = value.split(',').map((name) => name.trim().replace(/^(['"])(.*)\1$/u, '$2').toLowerCase());
  return names.flatMap((name) => {
    const family = deckFontFaces.find((face) => face.family.toLowerCase() === name)?.family;
    return family ? [family] : [];
  });
}

/** CSS font matching by weight among a family's faces (CSS Fonts 4, §5.2). */
export function matchingFace(family: string, weight: number): FontFace {
  const faces = deckFontFaces.filter((face) => face.family === family);
  const exact = faces.find((face) => face.weight === weight);
  if (exact) return exact;
  const below = faces.filter((face) => face.weight < weight).sort((a, b) => b.weight - a.weight);
  const above = faces.filter((face) => face.weight > weight).sort((a, b) => a.weight - b.weight);
  if (weight >= 400 && weight <= 500) {
    const upTo500 = above.filter((face) => face.weight <= 500);
    return [...upTo500, ...below, ...above.filter((face) => face.weight > 500)][0]!;
  }
  return (weight < 400 ? [...below, ...above] : [...above, ...below])[0]!;
}

/** Per face, the code points its chunks claim, as ascending disjoint ranges. */
const claimed = new Map<FontFace, UnicodeRange[]>();

function hasGlyph(face: FontFace, codePoint: number): boolean {
  let ranges = claimed.get(face);
  if (!ranges) {
    ranges = mergeRanges(loadFontsourceWeight(face.packageName, face.weight).chunks.flatMap((chunk) => chunk.unicodeRanges));
    claimed.set(face, ranges);
  }
  let low = 0;
  let high = ranges.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (ranges[middle]![1] < codePoint) low = middle + 1;
    else high = middle;
  }
  return low < ranges.length && ranges[low]![0] <= codePoint;
}

function mergeRanges(ranges: readonly UnicodeRange[]): UnicodeRange[] {
  const merged: [number, number][] = [];
  for (const [start, end] of [...ranges].sort((a, b) => a[0] - b[0])) {
    const last = merged.at(-1);
    if (last && start <= last[1] + 1) last[1] = Math.max(last[1], end);
    else merged.push([start, end]);
  }
  return merged;
}
