/**
 * The planner's promise, checked where it matters: decks planned from generated notices (1–15
 * sections, 0–40 items, headings of 2–60 characters) fit their slides in real Chromium, at 16:9
 * and 4:3, and with a larger type set in deck.yaml. A fixed seed keeps the sample the same every run.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { loadPrintView } from '../src/check/page.js';
import { slideSizes } from '../src/render/slide-size.js';
import { testBrowser } from './support/browser.js';
import { findOverflow, sectionCount } from './support/deck-checks.js';
import { generatedNotice, noticeMarkdown } from './support/generated-notice.js';

interface Case {
  name: string;
  index: number;
  body: string;
  size: keyof typeof slideSizes;
  deckYaml: string;
}

const samples = fc.sample(generatedNotice, { seed: 20261201, numRuns: 5 });
const cases: Case[] = samples
  .flatMap((body, index): Omit<Case, 'name' | 'index'>[] => [
    { body, size: '16:9', deckYaml: '' },
    ...(index < 2 ? [{ body, size: '4:3' as const, deckYaml: '' }] : []),
    ...(index === 2 ? [{ body, size: '16:9' as const, deckYaml: 'variables:\n  size-points: 44px\n  size-body: 40px\n' }] : []),
  ])
  .map((one, index) => ({ ...one, index, name: `sample ${index} at ${one.size}${one.deckYaml ? ', size-points 44px' : ''}` }));

/** Decks checked at once: while one page measures, the other case builds. */
const workers = 2;

let tmp: string;
let browser: Browser;
/** Per case, the overflow findings or what went wrong before the check could tell. */
const outcomes = new Map<number, { overflow: string[] } | { error: unknown }>();

/** Builds a case's deck and lists its overflow, measured in reveal's print view in `page`. */
async function overflowOf(page: Page, { index, body, size, deckYaml }: Case): Promise<string[]> {
  const folder = path.join(tmp, `notice-${index}`);
  await mkdir(folder, { recursive: true });
  await writeFile(path.join(folder, 'notice.md'), noticeMarkdown(body));
  if (deckYaml) await writeFile(path.join(folder, 'deck.yaml'), deckYaml);
  const built = await buildDeck(folder, { outDir: path.join(tmp, `out-${index}`), size: slideSizes[size] });
  await loadPrintView(page, built.htmlPath, built.size);
  const shown = await sectionCount(page);
  if (shown !== built.slideCount) throw new Error(`the print view shows ${shown} slides, the deck has ${built.slideCount}`);
  // The preflight's overflow measure (what `check` reports as overflow), without its other checks.
  return findOverflow(page, built.size);
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'planner-'));
  browser = await testBrowser();
  // The cases of one body one after the other, so that the later ones find its font subsets in the cache.
  const queue = [...new Set(cases.map((one) => one.body))];
  // One page per worker, reused deck after deck (a new page costs a window).
  const worker = async () => {
    let page = await browser.newPage();
    try {
      for (let body = queue.shift(); body !== undefined; body = queue.shift()) {
        for (const one of cases.filter((candidate) => candidate.body === body)) {
          try {
            outcomes.set(one.index, { overflow: await overflowOf(page, one) });
          } catch (error) {
            outcomes.set(one.index, { error });
            // A page that failed may be left in any state: the next deck gets a fresh one.
            await page.close();
            page = await browser.newPage();
          }
        }
      }
    } finally {
      await page.close();
    }
  };
  await Promise.all(Array.from({ length: workers }, worker));
}, 300_000);

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe('decks planned from generated notices fit their slides in Chromium', () => {
  it.each(cases)('$name', ({ index }) => {
    const outcome = outcomes.get(index)!;
    if ('error' in outcome) throw outcome.error;
    expect(outcome.overflow).toEqual([]);
  });
});
