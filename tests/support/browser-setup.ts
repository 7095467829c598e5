/**
 * vitest globalSetup: one headless Chromium for the whole run, per project (so the bundled-browser
 * project gets the Chromium npm ships), with no Chinese system font (see browser.ts). Test files
 * connect to it with testBrowser() instead of each starting their own, which costs a second or more.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDeck } from '../../src/build/build-deck.js';
import { launchBrowser } from '../../src/export/browser.js';
import { writeLatinOnlyFontconfig } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's DevTools WebSocket address. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-test-browser-'));
  const env = { ...process.env, ...project.config.env, FONTCONFIG_FILE: await writeLatinOnlyFontconfig(dir) };
  const [browser] = await Promise.all([launchBrowser({ env, connectable: true }), warmFontCacheOnce(dir)]);
  project.provide('browserEndpoint', browser.wsEndpoint());
  return async () => {
    await browser.close();
    await rm(dir, { recursive: true, force: true });
  };
}

/**
 * Builds the sample deck, in the theme it is presented in and in the print theme, before any test
 * file starts: most files build it, and on a fresh machine two of them would otherwise subset the
 * same fonts at once into the user's font cache (src/fonts/subset.ts), each doing all the work.
 * Once per run: vitest sets the projects up one after the other in this process, and the second
 * would only read what the first wrote.
 */
function warmFontCacheOnce(dir: string): Promise<void> {
  const run = globalThis as { noticeDeckFontCacheWarmed?: Promise<void> };
  run.noticeDeckFontCacheWarmed ??= (async () => {
    for (const theme of ['formal', 'print']) await buildDeck('decks/zqf-2016-9', { outDir: path.join(dir, 'sample', theme), theme, warn: () => {} });
  })();
  return run.noticeDeckFontCacheWarmed;
}
