/**
 * The styles of the deck page's texts, from its stylesheets (font-cascade): the part of
 * face-texts that needs the CSS parser and the selector engine, loaded only when the page changed.
 */
import type { Root } from 'hast';
import type { FontFace } from './faces.js';
import { textStyles, type TextStyle } from './font-cascade.js';
import { deckPages, deckTexts, faceTexts, isNotes } from './face-texts.js';

/** The speaker window (templates/deck.js) draws the notes in its own style: body text in the sans. */
const speakerWindowCss = "body { font-family: 'Noto Sans SC', Helvetica, sans-serif; }";

/** The style of each drawn text of the deck page `tree` styled by `stylesheets`, in the order of `deckTexts`. */
export function deckTextStyles(tree: Root, stylesheets: readonly string[]): TextStyle[] {
  const { slides, notes } = deckPages(tree);
  return [...textStyles(slides, stylesheets, isNotes), ...textStyles(notes, [speakerWindowCss])];
}

/** The characters each face draws on the deck page `tree` (slides and speaker notes) styled by `stylesheets`. */
export function deckFaceTexts(tree: Root, stylesheets: readonly string[], everyFace: string): Map<FontFace, string> {
  return faceTexts(deckTexts(tree), deckTextStyles(tree, stylesheets), everyFace);
}

