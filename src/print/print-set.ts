/**
 * The print set in one run: the slides PDF, handout, notes and original, or some of them. One
 * browser for the run; the deck is built once as presented (the slides PDF) and once in the print
 * theme with its slides printed for paper once (shared by handout and notes, which lay out their
 * sheets meanwhile). When the print theme changes only the deck's colours, the paper copy is
 * printed in the slides PDF's page, restyled after that print: one page load of the slides, not
 * two. The documents print in a pool of two pages, each as soon as what it is made from is ready
 * and a page is free. All outputs are published together at the end: a failed run leaves the
 * earlier ones intact.
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { PDFDocument } from 'pdf-lib';
import type { Browser, Page } from 'puppeteer';
import { stageDeck, type BuildOptions, type BuiltDeck, type StagedDeck } from '../build/build-deck.js';
import { launchBrowser } from '../export/browser.js';
import { readDeckSource } from '../notice/read.js';
import { checkOutDir } from '../output/out-dir.js';
import { publish } from '../output/publish.js';
import { withRunDir } from '../output/run-dir.js';
import type { SlideSize } from '../render/slide-size.js';
import { PagePool } from './chromium.js';
import { outputDir, outputName, type PrintOptions, type PrintResult } from './job.js';
import { readPrintNotice, type PrintNotice } from './notice.js';
import { loadPdf } from './pdf-document.js';
import { restylable } from './restylable.js';
import { printSlidesForPaper, printSlidesForPaperInPlace } from './slides.js';

export interface PrintSetOptions extends PrintOptions {
  /** Slide size of the deck and its paper copy; default: deck.yaml's, else 16:9. */
  size?: SlideSize;
  /** Theme of the slides PDF; default: deck.yaml's, else formal. */
  theme?: string;
}

/** The deck in the print theme (black on white) and its slides printed for paper: what handout and notes draw. */
export interface PaperDeck {
  built: BuiltDeck;
  /** Printing while the sheets are laid out: they need only the slide list to place the slides. */
  slidesPdf: Promise<PDFDocument>;
}

/** What a part has to hand: the run's pages to print in, the notice, and the run's folders. */
export interface PartContext {
  pages: PagePool;
  notice: PrintNotice;
  /** The run's outputs go here, as they go into the output folder (the presented deck is staged here too). */
  stagingDir: string;
  /** A folder of the part's own for its print documents. */
  workDir: string;
  /** What output files are named after: the deck, or `<deck>-<branch short name>`. */
  outputName: string;
  options: PrintSetOptions;
}

/** What a part made, in the staging folder. */
export interface MadePart {
  /** Its document, relative to the staging folder. */
  file: string;
  pages: number;
  /** Everything it publishes, `file` included. */
  files: string[];
  /** Which earlier output files of its kind the new ones replace (see publish). */
  replaces?: (file: string) => boolean;
  /** For a part printed from the deck: what the PaperSlidesInPage it was given printed. */
  paperSlides?: Promise<Uint8Array | undefined>;
}

/**
 * Prints the paper copy's slides in the page a part has just printed the presented deck in (its
 * print view, laid out), when the paper deck only restyles it (restylable.ts); else undefined.
 */
export type PaperSlidesInPage = (page: Page) => Promise<Uint8Array | undefined>;

/** One document of the set, and what it is printed from. */
export type PrintPart = { name: string } & (
  | { from: 'deck'; make(deck: StagedDeck, context: PartContext, paperSlidesInPage?: PaperSlidesInPage): Promise<MadePart> }
  | { from: 'paper'; make(paper: PaperDeck, context: PartContext): Promise<MadePart> }
  | { from: 'notice'; make(context: PartContext): Promise<MadePart> }
);

type DeckPart = Extract<PrintPart, { from: 'deck' }>;

export interface PrintedPart {
  name: string;
  pdfPath: string;
  pages: number;
}

/**
 * Pages printing at once: two keep both cores busy (the browser lays out and prints one document
 * while node or Chromium's other processes work on another); more only share the same two cores.
 */
const pageCount = 2;

/** The theme slides are printed in on paper: templates/themes/print.css. */
const printTheme = 'print';

export async function printSet(input: string, parts: readonly PrintPart[], setOptions: PrintSetOptions): Promise<PrintedPart[]> {
  // Both decks and the notice are read from the same notice.md: say each of its problems once.
  const options = { ...setOptions, ...(setOptions.warn ? { warn: eachOnce(setOptions.warn) } : {}) };
  const notice = await readPrintNotice(input);
  for (const message of notice.file.messages) options.warn?.(`${notice.file.path}:${message.line ?? 1}:${message.column ?? 1}: ${message.reason}`);
  const outDir = outputDir(options, notice.name);
  const check = { sourceDir: notice.directory, ...(options.force ? { force: true } : {}) };
  await checkOutDir(outDir, check);

  return withRunDir(async (runDir) => {
    const stagingDir = path.join(runDir, 'out');
    await mkdir(stagingDir);
    // Every page the run loads is a folded deck or a print document with its fonts inside (data: URLs): no request events needed.
    const launched = options.browser ? undefined : launchBrowser({ ...(options.progress ? { progress: options.progress } : {}), trackRequests: false });
    launched?.catch(() => {}); // awaited by the parts; a failed launch is theirs to report
    const browser: Promise<Browser> = launched ?? Promise.resolve(options.browser!);
    const pages = new PagePool(browser, pageCount);
    const context = (name: string): PartContext => ({
      pages,
      notice,
      stagingDir,
      workDir: path.join(runDir, name),
      outputName: outputName(options, notice.name),
      options,
    });
    const inContext = async (name: string, work: (context: PartContext) => Promise<MadePart>) => {
      await mkdir(path.join(runDir, name));
      return work(context(name));
    };
    /** Work that a failed part may leave running: the run waits for it before closing the browser. */
    const background: Promise<unknown>[] = [];
    const stageOptions: BuildOptions = {
      ...(options.size ? { size: options.size } : {}),
      ...(options.fontCacheDir ? { fontCacheDir: options.fontCacheDir } : {}),
      ...(options.warn ? { warn: options.warn } : {}),
      ...(options.branch ? { branch: options.branch } : {}),
    };
    // Built for the first part that needs them; each build reads notice.md afresh (a build writes into its file).
    // The presented deck first: its page load is the longer one (the preflight), and the paper deck may print in it.
    const needsDeck = parts.some((part) => part.from === 'deck');
    const needsPaper = parts.some((part) => part.from === 'paper');
    const deck = lazy(async () => {
      options.progress?.('正在生成幻灯片……');
      return stageDeck(await readDeckSource(input), stagingDir, { ...stageOptions, ...(options.theme ? { theme: options.theme } : {}) });
    });
    // The built-in print theme: black on white, no large fills. ink.js (slides.ts) then catches
    // what a deck's own templates or deck.yaml colours may still fill.
    const paperBuild = lazy(async () => {
      if (needsDeck) await deck().catch(() => {}); // its failure is its parts' to report
      return stageDeck(await readDeckSource(input), path.join(runDir, 'paper-deck'), { ...stageOptions, theme: printTheme });
    });
    /** The paper deck, if its slides can be printed in the presented deck's page (restylable.ts). */
    const restyled = lazy(async () => {
      const [presented, paper] = await Promise.all([deck(), paperBuild()]);
      return restylable(presented, paper) ? { presented, paper } : undefined;
    });
    const paperSlidesInPage: PaperSlidesInPage = async (page) => {
      const inPage = await restyled();
      return inPage && printSlidesForPaperInPlace(page, inPage.paper, inPage.presented);
    };
    const fromDeck = async (part: DeckPart, inPage?: PaperSlidesInPage) => {
      const built = await deck();
      return inContext(part.name, (context) => part.make(built, context, inPage));
    };
    /**
     * The paper deck, its slides printing in the page of `printingDeck` (the slides PDF's part) once
     * that has printed, or on their own if they cannot (not restylable) or it never got to them (its print failed).
     */
    const paperDeck = async (printingDeck: Promise<MadePart> | undefined): Promise<PaperDeck> => {
      const built = await paperBuild();
      options.progress?.(`正在把 ${built.slideCount} 张幻灯片转成打印版……`);
      const alone = () => pages.use((page) => printSlidesForPaper(page, built));
      const inDeckPage = printingDeck && (await restyled().catch(() => undefined));
      const printed = inDeckPage
        ? printingDeck.then((made) => made.paperSlides, () => undefined).then((pdf) => pdf ?? alone())
        : alone();
      const slidesPdf = printed.then(loadPdf);
      slidesPdf.catch(() => {}); // awaited by the parts that draw the slides
      background.push(slidesPdf);
      return { built, slidesPdf };
    };

    try {
      // The slides PDF (the first part from the deck) prints the paper slides in its page too, if a part needs them.
      const deckPart = parts.find((part): part is DeckPart => part.from === 'deck');
      const printingDeck = deckPart && fromDeck(deckPart, needsPaper ? paperSlidesInPage : undefined);
      const paper = lazy(() => paperDeck(printingDeck));
      const running = parts.map(async (part) => {
        switch (part.from) {
          case 'deck':
            return part === deckPart ? printingDeck! : fromDeck(part);
          case 'paper': {
            const made = await paper();
            return inContext(part.name, (context) => part.make(made, context));
          }
          case 'notice':
            return inContext(part.name, (context) => part.make(context));
        }
      });
      const settled = await Promise.allSettled(running);
      await Promise.allSettled(background);
      const failed = settled.find((result): result is PromiseRejectedResult => result.status === 'rejected');
      if (failed) throw failed.reason;
      const made = settled.map((result) => (result as PromiseFulfilledResult<MadePart>).value);
      await publish(outDir, {
        ...check,
        stagingDir,
        files: made.flatMap((part) => part.files),
        replaces: (file) => made.some((part) => part.replaces?.(file)),
      });
      return made.map((part, index) => ({ name: parts[index]!.name, pdfPath: path.join(outDir, part.file), pages: part.pages }));
    } finally {
      await pages.close();
      if (launched) await (await launched.catch(() => undefined))?.close();
    }
  });
}

/** `work`, run at the first call only: later calls share its promise. */
function lazy<T>(work: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | undefined;
  return () => (started ??= work());
}

/** `warn`, saying each message once. */
function eachOnce(warn: (message: string) => void): (message: string) => void {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    warn(message);
  };
}

/** One document of the set on its own, as its own command makes it. */
export async function printPart(input: string, part: PrintPart, options: PrintSetOptions): Promise<PrintResult> {
  const [printed] = await printSet(input, [part], options);
  return { pdfPath: printed!.pdfPath, pages: printed!.pages };
}
