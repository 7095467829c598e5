import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stageDeck, type StagedDeck } from '../build/build-deck.js';
import { deckStylesheet } from '../build/deck-assets.js';
import { readDeckSource } from '../notice/read.js';
import { slideSizes } from '../render/slide-size.js';
import { restylable } from './restylable.js';

const sample = path.resolve('decks/zqf-2016-9');
let work: string;
const staged = async (name: string, options: Parameters<typeof stageDeck>[2]) => stageDeck(await readDeckSource(sample), path.join(work, name), options);

beforeAll(async () => {
  work = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-restylable-'));
});
afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('restylable', { timeout: 60_000 }, () => {
  let formal: StagedDeck;
  let print: StagedDeck;
  beforeAll(async () => {
    formal = await staged('formal', { theme: 'formal' });
    print = await staged('print', { theme: 'print' });
  });

  it('holds for the same deck in the print theme: only its stylesheet differs', () => {
    expect(print.contents.get(deckStylesheet)).not.toEqual(formal.contents.get(deckStylesheet));
    expect(restylable(formal, print)).toBe(true);
  });

  it('fails when the slides differ', async () => {
    const square = await staged('square', { theme: 'print', size: slideSizes['4:3'] });
    expect(square.contents.get('index.html')).not.toEqual(formal.contents.get('index.html'));
    expect(restylable(formal, square)).toBe(false);
  });

  it('fails when a file differs or is missing', () => {
    const font = [...print.contents.keys()].find((file) => file.endsWith('.woff2'))!;
    const changed = new Map(print.contents);
    changed.set(font, new Uint8Array([1, 2, 3]));
    expect(restylable(formal, { ...print, contents: changed })).toBe(false);
    const missing = new Map(print.contents);
    missing.delete(font);
    missing.set('assets/other.css', '');
    expect(restylable(formal, { ...print, contents: missing })).toBe(false);
  });
});
