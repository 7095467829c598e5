import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inlineDeckFolder, withFoldedDeck } from './single-file.js';

let folder: string;

function selectAll(tagName: string, tree: Root): Element[] {
  const found: Element[] = [];
  visit(tree, 'element', (element) => {
    if (element.tagName === tagName) found.push(element);
  });
  return found;
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'single-file-'));
  await mkdir(path.join(folder, 'assets', 'fonts'), { recursive: true });
  await mkdir(path.join(folder, 'media'));
  await writeFile(path.join(folder, 'assets', 'fonts', 'a b.woff2'), Buffer.from([1, 2, 3]));
  await writeFile(path.join(folder, 'assets', 'fonts', 'fonts.css'), '@font-face { src: url("a%20b.woff2") format("woff2"); }\n/* </style><script>alert(1)</script> */');
  await writeFile(path.join(folder, 'assets', 'deck.css'), '.x { background: url(data:image/gif;base64,R0) } .y { fill: url(#g) }');
  await writeFile(path.join(folder, 'assets', 'deck.js'), 'var s = "</script><p>";');
  await writeFile(path.join(folder, 'media', 'logo.png'), Buffer.from([137, 80, 78, 71]));
  await writeFile(
    path.join(folder, 'index.html'),
    '<!doctype html><html><head><link rel="stylesheet" href="assets/fonts/fonts.css" id="deck-fonts"><link rel="stylesheet" href="assets/deck.css"></head>' +
      '<body><img src="media/logo.png" alt=""><a href="https://example.org/">link</a><script src="assets/deck.js"></script></body></html>',
  );
});

afterAll(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('inlineDeckFolder', () => {
  it('puts stylesheets, fonts, scripts and pictures into the page, leaving nothing to load', async () => {
    const html = await inlineDeckFolder(folder);
    const tree = fromHtml(html);
    const styles = selectAll('style', tree);
    expect(styles.map((style) => style.properties.id ?? null)).toEqual(['deck-fonts', null]);
    expect(selectAll('link', tree)).toEqual([]);
    const fonts = (styles[0]!.children[0] as { value: string }).value;
    expect(fonts).toContain(`url("data:font/woff2;base64,${Buffer.from([1, 2, 3]).toString('base64')}") format("woff2")`);
    // The comment's </style> cannot end the element: the script inside it stays text.
    expect(selectAll('script', tree)).toHaveLength(1);
    expect(fonts).toContain('<\\/style>');
    const deckCss = (styles[1]!.children[0] as { value: string }).value;
    expect(deckCss).toBe('.x { background: url(data:image/gif;base64,R0) } .y { fill: url(#g) }');
    const script = selectAll('script', tree)[0]!.properties.src as string;
    expect(Buffer.from(script.replace(/^data:text\/javascript;base64,/, ''), 'base64').toString()).toBe('var s = "</script><p>";');
    expect(selectAll('img', tree)[0]!.properties.src).toBe(`data:image/png;base64,${Buffer.from([137, 80, 78, 71]).toString('base64')}`);
    expect(selectAll('a', tree)[0]!.properties.href).toBe('https://example.org/');
  });

  it('takes the files a staged deck holds in memory from there, the rest from the folder', async () => {
    const contents = new Map<string, string | Uint8Array>([
      ['index.html', '<!doctype html><html><head><link rel="stylesheet" href="assets/fonts/fonts.css"></head><body><img src="media/logo.png" alt=""></body></html>'],
      ['assets/fonts/fonts.css', '@font-face { src: url("a%20b.woff2") }'],
      ['assets/fonts/a b.woff2', new Uint8Array([9, 8, 7]).subarray(1)],
    ]);
    const tree = fromHtml(await inlineDeckFolder(folder, contents));
    expect((selectAll('style', tree)[0]!.children[0] as { value: string }).value).toBe(`@font-face { src: url("data:font/woff2;base64,${Buffer.from([8, 7]).toString('base64')}") }`);
    expect(selectAll('script', tree)).toEqual([]);
    expect(selectAll('img', tree)[0]!.properties.src).toBe(`data:image/png;base64,${Buffer.from([137, 80, 78, 71]).toString('base64')}`);
  });
});

describe('withFoldedDeck', () => {
  const page = '<!doctype html><html><head><link rel="stylesheet" href="assets/deck.css"></head><body><img src="media/NAME" alt=""></body></html>';

  it('folds a deck staged in memory without writing its files', async () => {
    const dir = await mkdtemp(path.join(folder, 'folded-'));
    const contents = new Map<string, string | Uint8Array>([['index.html', page.replace('NAME', 'a.png')], ['assets/deck.css', '.x {}'], ['media/a.png', new Uint8Array([1])]]);
    const seen = await withFoldedDeck(path.join(dir, 'index.html'), async (loadFrom) => ({ loadFrom, files: await readdir(dir), html: await readFile(loadFrom, 'utf8') }), contents);
    expect(seen.loadFrom).toBe(path.join(dir, '.print.html'));
    expect(seen.files).toEqual(['.print.html']);
    expect(seen.html).toContain('<style>.x {}</style>');
    expect(await readdir(dir)).toEqual([]);
  });

  it('writes a deck staged in memory into its folder when a file it names is missing, so that the page load can say which', async () => {
    const dir = await mkdtemp(path.join(folder, 'folded-'));
    const contents = new Map<string, string | Uint8Array>([['index.html', page.replace('NAME', 'missing.png')], ['assets/deck.css', '.x {}']]);
    const htmlPath = path.join(dir, 'index.html');
    const seen = await withFoldedDeck(htmlPath, async (loadFrom) => ({ loadFrom, html: await readFile(loadFrom, 'utf8'), css: await readFile(path.join(dir, 'assets/deck.css'), 'utf8') }), contents);
    expect(seen).toEqual({ loadFrom: htmlPath, html: contents.get('index.html'), css: '.x {}' });
  });
});
