/**
 * The planner's promise, checked where it matters: decks planned from generated notices (1–15
 * sections, 0–40 items, headings of 2–60 characters) fit their slides in real Chromium, at 16:9
 * and 4:3, and with a larger type set in deck.yaml. A fixed seed keeps the sample the same every run.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { checkDeck } from '../src/check/check-deck.js';
import { openDeck } from '../src/check/page.js';
import { slideSizes } from '../src/render/slide-size.js';
import { testBrowser } from './support/browser.js';
import { generatedNotice, noticeMarkdown } from './support/generated-notice.js';

let tmp: string;
let browser: Browser;

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'planner-'));
  browser = await testBrowser();
}, 60_000);

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

const samples = fc.sample(generatedNotice, { seed: 20261201, numRuns: 5 });
const cases: [string, keyof typeof slideSizes, string][] = samples.flatMap((body, index): [string, keyof typeof slideSizes, string][] => [
  [body, '16:9', ''],
  ...(index < 2 ? ([[body, '4:3', '']] as [string, keyof typeof slideSizes, string][]) : []),
  ...(index === 2 ? ([[body, '16:9', 'variables:\n  size-points: 44px\n  size-body: 40px\n']] as [string, keyof typeof slideSizes, string][]) : []),
]);

/**
 * The first build of each notice body. A case with a body built already waits for that build, so
 * that it finds the body's font subsets in the cache instead of subsetting the same fonts at once.
 */
const firstBuilds = new Map<string, Promise<unknown>>();

// Each case has a folder and a page of its own: they run at once (a page's window waits for frames while another builds).
describe('decks planned from generated notices fit their slides in Chromium', { timeout: 180_000, concurrent: true }, () => {
  it.each(cases.map(([body, size, deckYaml], index) => ({ name: `sample ${index} at ${size}${deckYaml ? ', size-points 44px' : ''}`, index, body, size, deckYaml })))('$name', async ({ index, body, size, deckYaml }) => {
    const folder = path.join(tmp, `notice-${index}`);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notice.md'), noticeMarkdown(body));
    if (deckYaml) await writeFile(path.join(folder, 'deck.yaml'), deckYaml);
    const earlier = firstBuilds.get(body);
    const building = (async () => {
      await earlier?.catch(() => {});
      return buildDeck(folder, { outDir: path.join(tmp, `out-${index}`), size: slideSizes[size] });
    })();
    if (!earlier) firstBuilds.set(body, building);
    const built = await building;
    const { page } = await openDeck(browser, built.htmlPath, built.size);
    try {
      const overflow = (await checkDeck(page, built.size)).filter((finding) => finding.kind === 'overflow');
      expect(overflow.map((finding) => `${finding.slide}: ${finding.message}`)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
