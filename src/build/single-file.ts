import { randomBytes } from 'node:crypto';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { lookup } from 'mrmime';
import { visit } from 'unist-util-visit';
import { checkOutDir } from '../output/out-dir.js';
import { publish } from '../output/publish.js';
import { withRunDir } from '../output/run-dir.js';
import { readDeckSource } from '../notice/read.js';
import { buildDeck, deckOutDir, writeDeckFiles, type BuildOptions, type BuiltDeck, type StagedDeck } from './build-deck.js';

/**
 * Builds a deck as one HTML file, `<out>/<deck name>.html`, that needs nothing beside it: for a USB
 * stick or a chat group, where a folder gets separated from its assets. The deck folder is built
 * into a scratch folder first and then folded into its index.html.
 */
export async function buildSingleFile(input: string, options: BuildOptions = {}): Promise<BuiltDeck> {
  const source = await readDeckSource(input);
  const outDir = deckOutDir(source.name, options);
  // The same rules as every output folder: never /, the deck folder, or over a user's own file.
  const check = { sourceDir: source.directory, ...(options.force ? { force: true } : {}) };
  await checkOutDir(outDir, check);
  return withRunDir(async (runDir) => {
    const scratch = path.join(runDir, 'deck');
    const built = await buildDeck(input, { ...options, outDir: scratch });
    const fileName = `${built.name}.html`;
    await writeFile(path.join(runDir, fileName), await inlineDeckFolder(scratch));
    await publish(outDir, { ...check, stagingDir: runDir, files: [fileName], replaces: () => false });
    return { ...built, outDir, htmlPath: path.join(outDir, fileName) };
  });
}

/**
 * A built deck folder's index.html with everything it loads inside it: stylesheets become <style>
 * (their fonts data: URLs), scripts and pictures data: URLs. Scripts stay data: URLs rather than
 * inline text, so no `</script>` in reveal.js's own strings can end them early; styles are inlined
 * as text, since base64 over the base64 fonts would add a third to the largest part. The files
 * in `contents` (a staged deck's) are taken from there instead of the folder.
 */
export async function inlineDeckFolder(folder: string, contents?: StagedDeck['contents']): Promise<string> {
  const read = folderReader(folder, contents);
  const tree: Root = fromHtml((await read(path.join(folder, 'index.html'))).toString('utf8'));
  const inlined = new Inlined();
  const jobs: Promise<void>[] = [];
  visit(tree, 'element', (element, index, parent) => {
    const local = (url: unknown): url is string => typeof url === 'string' && !/^[a-z][a-z0-9+.-]*:/iu.test(url) && !url.startsWith('#');
    const { href, src, rel } = element.properties;
    if (element.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet') && local(href) && parent && index !== undefined) {
      jobs.push(
        inlineStylesheet(folder, href, read).then((css) => {
          const style: Element = { type: 'element', tagName: 'style', properties: element.properties.id ? { id: element.properties.id } : {}, children: [{ type: 'text', value: inlined.hold(css) }] };
          parent.children[index] = style;
        }),
      );
    } else if ((element.tagName === 'script' || element.tagName === 'img') && local(src)) {
      jobs.push(dataUrl(path.join(folder, decodeURI(src)), read).then((url) => void (element.properties.src = inlined.hold(url))));
    }
  });
  await Promise.all(jobs);
  return inlined.release(toHtml(tree));
}

/**
 * The inlined texts, a megabyte of base64 and CSS, stand in the tree as short tokens while it is
 * serialised, then go in for them: toHtml scans every character of an attribute for what to escape,
 * and a data: URL has none (base64), nor a <style>'s text (written as it is).
 */
class Inlined {
  readonly #values: string[] = [];
  readonly #token = `notice-deck-inlined-${randomBytes(8).toString('hex')}-`;

  hold(value: string): string {
    this.#values.push(value);
    return `${this.#token}${this.#values.length - 1}.`;
  }

  release(html: string): string {
    return html.replace(new RegExp(`${this.#token}(\\d+)\\.`, 'gu'), (_, index: string) => this.#values[Number(index)]!);
  }
}

/**
 * Runs `work` with the built deck `htmlPath` folded into one file beside it (see inlineDeckFolder),
 * removed after; for a print. Its fonts are data: URLs, which Chromium loads at once: the print view
 * is laid out once with them, not again as each of ~50 font files arrives, and the browser reads
 * one file, not ~60. That halves the page load's CPU, for the same pages (the same fonts, styles
 * and scripts). If a file the deck names is missing, `work` gets `htmlPath` itself, whose page load
 * reports it as a user's problem. `contents`: a staged deck's files, read from memory instead.
 */
export async function withFoldedDeck<T>(htmlPath: string, work: (loadFrom: string) => Promise<T>, contents?: StagedDeck['contents']): Promise<T> {
  const folder = path.dirname(htmlPath);
  const html = await inlineDeckFolder(folder, contents).catch((error: unknown) => {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  });
  if (html === undefined) {
    // The page load names the missing file; a deck staged only in memory goes onto the disk for it first.
    if (contents) await writeDeckFiles(folder, contents);
    return work(htmlPath);
  }
  const folded = path.join(folder, '.print.html');
  await writeFile(folded, html);
  try {
    return await work(folded);
  } finally {
    await rm(folded, { force: true });
  }
}

/** The text of the <style> that `file`, a stylesheet of a staged deck, becomes in the deck folded into one file (inlineDeckFolder). */
export function foldedStylesheet(deck: StagedDeck, file: string): Promise<string> {
  return inlineStylesheet(deck.outDir, file, folderReader(deck.outDir, deck.contents));
}

/** A stylesheet's text with the files its url()s name as data: URLs, safe to put in a <style>. */
async function inlineStylesheet(folder: string, href: string, read: ReadFile): Promise<string> {
  const file = path.join(folder, decodeURI(href));
  const css = (await read(file)).toString('utf8');
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/gu)];
  const inlined = await Promise.all(
    urls.map(async ([whole, , url]) => (/^[a-z][a-z0-9+.-]*:|^#/iu.test(url!) ? whole : `url("${await dataUrl(path.resolve(path.dirname(file), decodeURI(url!)), read)}")`)),
  );
  let at = 0;
  let out = '';
  urls.forEach((match, i) => {
    out += css.slice(at, match.index) + inlined[i];
    at = match.index + match[0].length;
  });
  // `</style` would end the element early; in CSS `\/` is just `/`.
  return (out + css.slice(at)).replace(/<\/(style)/giu, '<\\/$1');
}

async function dataUrl(file: string, read: ReadFile): Promise<string> {
  const type = lookup(file) ?? 'application/octet-stream';
  return `data:${type};base64,${(await read(file)).toString('base64')}`;
}

type ReadFile = (file: string) => Promise<Buffer>;

/** Reads the deck folder's files: those a staged deck holds in memory (by path relative to `folder`) from there, the rest from the disk. */
function folderReader(folder: string, contents: StagedDeck['contents'] | undefined): ReadFile {
  return async (file) => {
    const held = contents?.get(path.relative(folder, file).split(path.sep).join('/'));
    if (held === undefined) return readFile(file);
    return typeof held === 'string' ? Buffer.from(held) : Buffer.from(held.buffer, held.byteOffset, held.byteLength);
  };
}
