/**
 * Width of text in em, the unit slide budgets are counted in. Full-width characters (CJK ideographs,
 * full-width punctuation) are 1em; Latin letters, digits and ASCII punctuation about 0.55em.
 */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += charWidth(char.codePointAt(0)!);
  return width;
}

function charWidth(code: number): number {
  if (code < 0x1100) return code === 0x20 ? 0.3 : 0.55;
  // Latin-1/Greek/Cyrillic are below 0x1100; everything from Hangul Jamo up that we meet in
  // notices (CJK, full-width forms, general punctuation used as “ ” — ) is set full width by CJK fonts.
  if (code >= 0xff61 && code <= 0xffdc) return 0.55; // half-width forms
  return 1;
}
