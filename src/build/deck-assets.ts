import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The notice-deck package root (src/ and lib/ both sit one level below it). */
export const packageRoot = fileURLToPath(new URL('../../', import.meta.url));

const templatesDir = path.join(packageRoot, 'templates');
const revealDist = path.join(path.dirname(createRequire(import.meta.url).resolve('reveal.js/reveal.css')));

/** A file copied into every deck: where it comes from, and its path in the deck folder. */
export interface StaticAsset {
  source: string;
  target: string;
}

/**
 * Everything a deck loads besides its own HTML and fonts, copied from node_modules and templates/
 * so that the deck folder works from file:// with no network.
 */
export const staticAssets: readonly StaticAsset[] = [
  { source: path.join(revealDist, 'reveal.css'), target: 'assets/reveal/reveal.css' },
  { source: path.join(revealDist, 'reveal.js'), target: 'assets/reveal/reveal.js' },
  { source: path.join(revealDist, 'plugin', 'notes.js'), target: 'assets/reveal/plugin/notes.js' },
  { source: path.join(templatesDir, 'deck.js'), target: 'assets/deck.js' },
];

export const fontStylesheet = 'assets/fonts/fonts.css';
/** The shared base, the theme (overriding the base's defaults), every layout's CSS, then deck.yaml's variables. */
export const deckStylesheet = 'assets/deck.css';
export const baseCss = path.join(templatesDir, 'base.css');

export const stylesheets = ['assets/reveal/reveal.css', fontStylesheet, deckStylesheet];
export const scripts = ['assets/reveal/reveal.js', 'assets/reveal/plugin/notes.js', 'assets/deck.js'];
