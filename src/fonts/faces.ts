/** The faces every deck embeds: Noto Sans SC for body text, bold Noto Serif SC (Song style) for titles. */

export interface FontFace {
  family: string;
  weight: 400 | 700;
  /** The @fontsource package that ships this family's woff2 chunks. */
  packageName: string;
}

const sans = 'Noto Sans SC';
const serif = 'Noto Serif SC';

export const deckFontFaces: readonly FontFace[] = [
  { family: sans, weight: 400, packageName: '@fontsource/noto-sans-sc' },
  { family: sans, weight: 700, packageName: '@fontsource/noto-sans-sc' },
  { family: serif, weight: 700, packageName: '@fontsource/noto-serif-sc' },
];
