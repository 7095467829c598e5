import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { writeFileAtomic } from '../write-file-atomic.js';
import { fontFaceCss } from '../fonts/css.js';
import { cssGlyphs } from '../fonts/css-glyphs.js';
import { defaultFontCacheDir, embedFonts } from '../fonts/subset.js';
import { builtInLayoutsDir, loadLayouts, type Layout } from '../layout/layouts.js';
import { readSizes, withVariables } from '../layout/sizes.js';
import { builtInThemesDir, defaultTheme, loadThemes, themeNamed } from '../layout/themes.js';
import { UserError } from '../errors.js';
import { readDeckSource } from '../notice/read.js';
import { createDeckProcessor } from '../pipeline.js';
import { defaultSlideSize, slideSizeNamed, type SlideSize } from '../render/slide-size.js';
import { baseCss, deckStylesheet, fontStylesheet, packageRoot, scripts, staticAssets, stylesheets } from './deck-assets.js';
import { deckConfigFileName, readDeckConfig } from './deck-config.js';
import { collectMedia } from './media.js';

export interface BuildOptions {
  /** Output folder; default `dist/<deck name>`. */
  outDir?: string;
  /** Slide size; default: deck.yaml's, else 16:9 (1280×720). */
  size?: SlideSize;
  /** Theme name; default: deck.yaml's, else formal. */
  theme?: string;
  /** Where font subsets are cached; default `node_modules/.cache/notice-deck/fonts`. */
  fontCacheDir?: string;
  /** Where a warning goes (missing glyphs, …). */
  warn?: (message: string) => void;
}

export interface BuiltDeck {
  name: string;
  outDir: string;
  htmlPath: string;
  slideCount: number;
  size: SlideSize;
}

/** Characters reveal.js draws itself: the slide number "12/30". */
const chromeCharacters = '0123456789/';

/**
 * Builds a deck folder into `outDir`: index.html, reveal.js, theme and the font subsets its text
 * needs. All input is checked before the first file is written, and every file is written
 * atomically, so a failed build leaves the previous output intact.
 */
export async function buildDeck(input: string, options: BuildOptions = {}): Promise<BuiltDeck> {
  const source = await readDeckSource(input);
  const outDir = path.resolve(options.outDir ?? path.join('dist', source.name));
  const config = await readDeckConfig(source.directory);
  const size = options.size ?? (config.size ? slideSizeNamed(config.size) : defaultSlideSize);
  const templates = config.templates ? await deckTemplatesDir(source.directory, config.templates) : undefined;
  const layouts = await loadLayouts([builtInLayoutsDir, ...(templates ? [path.join(templates, 'layouts')] : [])].filter(existsSync));
  const themes = await loadThemes([builtInThemesDir, ...(templates ? [path.join(templates, 'themes')] : [])]);
  const themeFile = themeFrom(themes, options.theme, config.theme, source.directory);
  const brand = { ...(config.logo ? { logo: config.logo } : {}), ...(config.footer ? { footer: config.footer } : {}) };
  // The planner measures with the type sizes the deck will show: base.css, the theme, deck.yaml.
  const sizes = withVariables(readSizes(await readFile(baseCss, 'utf8'), await readFile(themeFile, 'utf8')), config.variables ?? {});
  const processor = createDeckProcessor({ layouts, size, sizes, brand, document: { size, stylesheets, scripts } });
  const tree: Root = await processor.run(processor.parse(source.file), source.file);
  const media = collectMedia(tree, source.directory, String(source.file.path));
  const html = processor.stringify(tree, source.file);
  for (const message of source.file.messages) options.warn?.(`${source.file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);

  const css = await deckCss(themeFile, layouts, config.variables ?? {});
  const fonts = await embedFonts(toString(tree) + chromeCharacters + cssGlyphs(css), {
    cacheDir: options.fontCacheDir ?? defaultFontCacheDir(packageRoot),
  });
  if (fonts.missing.length > 0) {
    options.warn?.(`${source.file.path}：内嵌字体里没有${fonts.missing.map((char) => `“${char}”`).join('')}这些字，放映时会用系统字体显示`);
  }

  const fontDir = path.join(outDir, path.dirname(fontStylesheet));
  await Promise.all([
    ...[...staticAssets, ...media].map((asset) => copyAtomic(asset.source, path.join(outDir, asset.target))),
    ...fonts.files.map((font) => writeFileAtomic(path.join(fontDir, font.fileName), font.data)),
  ]);
  await writeFileAtomic(path.join(outDir, fontStylesheet), fontFaceCss(fonts.files, ''));
  await writeFileAtomic(path.join(outDir, deckStylesheet), css);
  await removeStaleFonts(fontDir, new Set(fonts.files.map((font) => font.fileName)));
  const htmlPath = path.join(outDir, 'index.html');
  await writeFileAtomic(htmlPath, html);

  return { name: source.name, outDir, htmlPath, slideCount: countSlides(tree), size };
}

/** The theme asked for on the command line, else in deck.yaml (an unknown one there names the file), else the default. */
function themeFrom(themes: Map<string, string>, flag: string | undefined, configured: string | undefined, deckDirectory: string): string {
  if (flag || !configured) return themeNamed(themes, flag ?? defaultTheme);
  try {
    return themeNamed(themes, configured);
  } catch (error) {
    const file = path.relative(process.cwd(), path.join(deckDirectory, deckConfigFileName));
    throw error instanceof UserError ? new UserError(`${file}：${error.message}`) : error;
  }
}

/** The deck's templates folder, which must exist when deck.yaml names it. */
async function deckTemplatesDir(deckDirectory: string, relative: string): Promise<string> {
  const directory = path.resolve(deckDirectory, relative);
  if (!existsSync(directory)) throw new UserError(`${path.relative(process.cwd(), path.join(deckDirectory, deckConfigFileName))}：模板文件夹“${relative}”不存在`);
  return directory;
}

async function deckCss(themeFile: string, layouts: Map<string, Layout>, variables: Record<string, string>): Promise<string> {
  const overrides = Object.entries(variables).map(([name, value]) => `  --${name}: ${value};`);
  return [
    await readFile(baseCss, 'utf8'),
    await readFile(themeFile, 'utf8'),
    ...[...layouts.values()].map((layout) => layout.css),
    ...(overrides.length > 0 ? [`/* deck.yaml */\n.reveal {\n${overrides.join('\n')}\n}\n`] : []),
  ].join('\n');
}

async function copyAtomic(source: string, target: string): Promise<void> {
  await writeFileAtomic(target, await readFile(source));
}

/** Font files of an earlier build whose text has changed are dead weight in the deck folder. */
async function removeStaleFonts(fontDir: string, current: Set<string>): Promise<void> {
  for (const file of await readdir(fontDir)) {
    if (file.endsWith('.woff2') && !current.has(file)) await rm(path.join(fontDir, file));
  }
}

function countSlides(tree: Root): number {
  let count = 0;
  visit(tree, 'element', (element) => {
    if (element.tagName === 'section') count++;
  });
  return count;
}
