import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { inlineFontFaceCss } from '../fonts/css.js';
import { cssGlyphs } from '../fonts/css-glyphs.js';
import { describeMissingGlyphs, findMissingGlyphs } from '../fonts/missing-glyphs.js';
import { embedFontsOnce } from '../fonts/embed-once.js';
import { defaultFontCacheDir } from '../fonts/subset.js';
import type { DeckSlide } from '../layout/deck-slides.js';
import { builtInLayoutsDir, loadLayouts, type Layout } from '../layout/layouts.js';
import { readSizes, withVariables } from '../layout/sizes.js';
import { builtInThemesDir, defaultTheme, loadThemes, themeNamed } from '../layout/themes.js';
import { UserError } from '../errors.js';
import { userCacheDir } from '../user-cache.js';
import { readDeckSource, type DeckSource } from '../notice/read.js';
import { checkOutDir } from '../output/out-dir.js';
import { publish } from '../output/publish.js';
import { withRunDir } from '../output/run-dir.js';
import { mapConcurrently, parallelFiles } from '../map-concurrently.js';
import { lintNotice, formatFinding } from '../lint/lint.js';
import { createDeckProcessor } from '../pipeline.js';
import { defaultSlideSize, slideSizeNamed, type SlideSize } from '../render/slide-size.js';
import { baseCss, deckStylesheet, fontStylesheet, scripts, staticAssets, stylesheets } from './deck-assets.js';
import { deckConfigFileName, readDeckConfig } from './deck-config.js';
import { branchOutDir, prepareBranchBuild } from '../branch/branch-build.js';
import type { Branch } from '../branch/read-branch.js';
import { deckFileProblem, resolveInDeck } from './deck-file.js';
import { collectMedia, mediaDir } from './media.js';
import { checkPictures } from './pictures.js';

export interface BuildOptions {
  /** Output folder; default `dist/<deck name>`. */
  outDir?: string;
  /** Slide size; default: deck.yaml's, else 16:9 (1280×720). */
  size?: SlideSize;
  /** Theme name; default: deck.yaml's, else formal. */
  theme?: string;
  /** Where font subsets are cached; default: notice-deck-cache-<uid>/fonts in the system temp folder. */
  fontCacheDir?: string;
  /** Where a warning goes (missing glyphs, …). */
  warn?: (message: string) => void;
  /** Write into an output folder that holds files notice-deck did not write. */
  force?: boolean;
  /** Build the deck as this branch presents it (src/branch); default output `dist/<deck name>/<branch id>`. */
  branch?: Branch;
}

export interface BuiltDeck {
  /** The deck's name, `<deck>-<branch short name>` for a branch: output files are named after it. */
  name: string;
  /** The notice's title. */
  title: string;
  outDir: string;
  htmlPath: string;
  slideCount: number;
  /** Every slide: its layout, section, notes and source line, from the slide plan. */
  slides: DeckSlide[];
  size: SlideSize;
  /** The files of the deck, relative to `outDir`. */
  files: string[];
}

/** A deck built into a run's own folder (stageDeck), with what its files hold. */
export interface StagedDeck extends BuiltDeck {
  /**
   * The data of every file in `files`, by the same relative path: publishing and folding the deck
   * for a print read it from here, not again from the disk.
   */
  contents: ReadonlyMap<string, string | Uint8Array>;
}

/** Lint rules whose findings build already reports itself. */
const reportedByBuild = new Set(['numbering', 'missing-elements']);

/** Characters reveal.js draws itself: the slide number "12/30". */
const chromeCharacters = '0123456789/';

/** Files a run made from the staged deck (a PDF, slide pictures), to publish with it. */
export interface DerivedFiles {
  /** Relative to the staged deck's folder. */
  files: string[];
  /** Which earlier output files of this kind the new ones replace (stale slide pictures). */
  replaces: (file: string) => boolean;
}

export interface BuildDeckOptions extends BuildOptions {
  /** Makes more files from the run's build (a PDF), published with it. */
  derive?: (staged: StagedDeck) => Promise<DerivedFiles>;
  /** Whether `derive` reads the staged folder's files (the default), or only `staged.contents` (then the folder gets no deck files). */
  derivesFrom?: 'files' | 'contents';
}

/**
 * Builds a deck folder into `outDir`: index.html, reveal.js, theme and the font subsets its text
 * needs. The run builds in a temporary folder of its own; `derive` may make more files from that
 * build; then all are published into `outDir` at once (see publish.ts), so a failed run leaves the
 * previous output intact and runs at the same time never read each other's files.
 */
export async function buildDeck(input: string, options: BuildDeckOptions = {}): Promise<BuiltDeck> {
  const { derive, derivesFrom = 'files' } = options;
  const source = await readDeckSource(input);
  const outDir = deckOutDir(source.name, options);
  const check = { sourceDir: source.directory, ...(options.force ? { force: true } : {}) };
  await checkOutDir(outDir, check);
  return withRunDir(async (runDir) => {
    const staged = await renderDeck(source, runDir, options);
    // Only a `derive` that loads the staged folder (a browser opening index.html) needs its files on disk; publishing takes them from memory.
    if (derive && derivesFrom === 'files') await writeDeckFiles(staged.outDir, staged.contents);
    const derived = derive ? await derive(staged) : { files: [], replaces: () => false };
    await publish(outDir, {
      ...check,
      stagingDir: runDir,
      files: [...staged.files, ...derived.files],
      contents: staged.contents,
      replaces: (file) => isDeckFile(file) || derived.replaces(file),
    });
    const { contents: _published, ...built } = staged;
    return { ...built, outDir, htmlPath: path.join(outDir, 'index.html') };
  });
}

/** `--out`, else `dist/<deck name>`, or `dist/<deck name>/<branch id>` for a branch. */
export function deckOutDir(deckName: string, options: BuildOptions): string {
  return path.resolve(options.outDir ?? (options.branch ? branchOutDir(deckName, options.branch.id) : path.join('dist', deckName)));
}

/** What a deck build writes: its page, assets and pictures. */
export function isDeckFile(file: string): boolean {
  return file === 'index.html' || file.startsWith('assets/') || file.startsWith(`${mediaDir}/`);
}

/**
 * Builds the deck into `dir`, a fresh folder of the run's own. All input is checked before the
 * first file is written.
 */
export async function stageDeck(source: DeckSource, dir: string, options: BuildOptions = {}): Promise<StagedDeck> {
  const staged = await renderDeck(source, dir, options);
  await writeDeckFiles(dir, staged.contents);
  return staged;
}

/** Writes a staged deck's files (StagedDeck.contents) into `dir`. */
export async function writeDeckFiles(dir: string, contents: StagedDeck['contents']): Promise<void> {
  for (const folder of new Set([...contents.keys()].map((file) => path.dirname(file)))) await mkdir(path.join(dir, folder), { recursive: true });
  await mapConcurrently([...contents], parallelFiles, ([file, data]) => writeFile(path.join(dir, file), data));
}

/** The deck as stageDeck builds it into `dir`, with its files' data in memory and none written yet. */
async function renderDeck(source: DeckSource, dir: string, options: BuildOptions): Promise<StagedDeck> {
  const { config: deckConfig, fail } = await readDeckConfig(source.directory);
  const inDeck = (field: 'templates' | 'logo', written: string, kind: 'file' | 'folder') => {
    const resolved = resolveInDeck(source.directory, written, kind);
    return 'problem' in resolved ? fail(field, deckFileProblem(resolved.problem, kind === 'file' ? '图片' : '模板文件夹', written)) : resolved.path;
  };
  const templates = deckConfig.templates ? inDeck('templates', deckConfig.templates, 'folder') : undefined;
  if (deckConfig.logo) inDeck('logo', deckConfig.logo, 'file');
  const branch = options.branch ? await prepareBranchBuild(options.branch, source, deckConfig) : undefined;
  const config = branch?.config ?? deckConfig;
  const size = options.size ?? (config.size ? slideSizeNamed(config.size) : defaultSlideSize);
  const [layouts, themes] = await Promise.all([
    loadLayouts([builtInLayoutsDir, ...(templates ? [path.join(templates, 'layouts')] : [])].filter(existsSync), { cacheDir: userCacheDir('layouts') }),
    loadThemes([builtInThemesDir, ...(templates ? [path.join(templates, 'themes')] : [])]),
  ]);
  const configFile = options.branch?.data.theme ? options.branch.file : path.relative(process.cwd(), path.join(source.directory, deckConfigFileName));
  const themeFile = themeFrom(themes, options.theme, config.theme, configFile);
  const brand = { ...(config.logo ? { logo: config.logo } : {}), ...(config.footer ? { footer: config.footer } : {}) };
  // The planner measures with the type sizes the deck will show: base.css, the theme, deck.yaml (and the branch's variables).
  const [base, theme] = await Promise.all([readFile(baseCss, 'utf8'), readFile(themeFile, 'utf8')]);
  const sizes = withVariables(readSizes(base, theme), config.variables ?? {});
  const processor = createDeckProcessor({ layouts, size, sizes, brand, document: { size, stylesheets, scripts, fontStylesheet }, ...(branch ? { adaptDeck: branch.adaptDeck } : {}) });
  const notice = processor.parse(source.file);
  checkPictures(notice, source.directory, source.file);
  const tree: Root = await processor.run(notice, source.file);
  const media = collectMedia(tree, source.directory, String(source.file.path));
  const html = processor.stringify(tree, source.file);
  const slides = source.file.data.deckSlides;
  if (!slides) throw new Error('the deck pipeline recorded no slides');
  for (const message of source.file.messages) options.warn?.(`${source.file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);
  // The proofreading `lint` does, as warnings: a deck is still made. Numbering and missing
  // elements the recogniser and the metadata reader report above, in their own terms.
  for (const finding of lintNotice(String(source.file.value)).filter((finding) => !reportedByBuild.has(finding.rule))) {
    options.warn?.(formatFinding(String(source.file.path), finding));
  }

  const css = deckCss(base, theme, layouts, config.variables ?? {});
  const fonts = await embedFontsOnce(toString(tree) + chromeCharacters + cssGlyphs(css), { cacheDir: options.fontCacheDir ?? defaultFontCacheDir() });
  const missing = findMissingGlyphs(slideTexts(tree), fonts.missing);
  if (missing.length > 0) {
    options.warn?.(`${source.file.path}：内嵌字体里没有这些字：${describeMissingGlyphs(missing)}；放映时会用电脑上的字体显示，电脑上也没有的会显示成方框`);
  }

  const written: [string, string | Uint8Array][] = [
    ...(await Promise.all([...staticAssets, ...media].map(async (asset): Promise<[string, Uint8Array]> => [asset.target, await readFile(asset.source)]))),
    // The fonts inside the stylesheet (data: URLs), not ~50 files beside it: Chromium loads a
    // file:// deck's font files one request each, ~160 ms of CPU per deck opened (measured:
    // 21 loads of one deck, 8.1 s with files, 4.3 s inline, 4.4 s with no fonts at all).
    [fontStylesheet, inlineFontFaceCss(fonts.files)],
    [deckStylesheet, css],
    ['index.html', html],
  ];
  const name = branch?.name ?? source.name;
  const title = source.file.data.notice?.title ?? source.name;
  const files = written.map(([file]) => file);
  return { name, title, outDir: dir, htmlPath: path.join(dir, 'index.html'), slideCount: countSlides(tree), slides, size, files, contents: new Map(written) };
}

/** The theme asked for on the command line, else in deck.yaml or the branch file (an unknown one there names the file), else the default. */
function themeFrom(themes: Map<string, string>, flag: string | undefined, configured: string | undefined, file: string): string {
  if (flag || !configured) return themeNamed(themes, flag ?? defaultTheme);
  try {
    return themeNamed(themes, configured);
  } catch (error) {
    throw error instanceof UserError ? new UserError(`${file}：${error.message}`) : error;
  }
}

/** base.css, the theme (their texts), every layout's CSS, then deck.yaml's variables. */
function deckCss(base: string, theme: string, layouts: Map<string, Layout>, variables: Record<string, string>): string {
  const overrides = Object.entries(variables).map(([name, value]) => `  --${name}: ${value};`);
  return [
    base,
    theme,
    ...[...layouts.values()].map((layout) => layout.css),
    ...(overrides.length > 0 ? [`/* deck.yaml */\n.reveal {\n${overrides.join('\n')}\n}\n`] : []),
  ].join('\n');
}

function countSlides(tree: Root): number {
  return slideTexts(tree).length;
}

/** The text of every slide, its notes included, in order. */
function slideTexts(tree: Root): string[] {
  const texts: string[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName === 'section') texts.push(toString(element));
  });
  return texts;
}
