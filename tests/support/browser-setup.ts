/**
 * vitest globalSetup: one headless Chromium for the whole run, per browser program (so the
 * bundled-browser project gets the Chromium npm ships), with no Chinese system font (see browser.ts). Test files
 * connect to it with testBrowser() instead of each starting their own, which costs a second or more.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { buildDeck } from '../../src/build/build-deck.js';
import { chooseBrowser, launchBrowser } from '../../src/export/browser.js';
import { writeLatinOnlyFontconfig } from './browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The shared browser's DevTools WebSocket address. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const env: NodeJS.ProcessEnv = project.config.env ?? {};
  // One per browser program: where no browser is installed (CI), the installed kind is the bundled one too.
  const shared = sharedBrowser(JSON.stringify(chooseBrowser({ ...process.env, ...env })), env);
  shared.users++;
  project.provide('browserEndpoint', await shared.endpoint);
  return async () => {
    if (--shared.users === 0) await shared.close();
  };
}

interface SharedBrowser {
  endpoint: Promise<string>;
  users: number;
  close: () => Promise<void>;
}

/**
 * The browser `program` (chooseBrowser's choice) for every project whose choice it is: projects that
 * differ only in how their files share modules, or that ask for the bundled Chromium on a machine that
 * has no other, need not start a Chromium each.
 * Kept on globalThis: vitest loads this file once per project. The last project's teardown closes it.
 */
function sharedBrowser(program: string, projectEnv: NodeJS.ProcessEnv): SharedBrowser {
  const run = globalThis as { noticeDeckBrowsers?: Map<string, SharedBrowser> };
  run.noticeDeckBrowsers ??= new Map();
  const known = run.noticeDeckBrowsers.get(program);
  if (known) return known;
  const started = (async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-test-browser-'));
    const env = { ...process.env, ...projectEnv, FONTCONFIG_FILE: await writeLatinOnlyFontconfig(dir) };
    const [browser] = await Promise.all([launchBrowser({ env, connectable: true }), warmFontCacheOnce(dir)]);
    return { browser, dir };
  })();
  const shared: SharedBrowser = {
    endpoint: started.then(({ browser }) => browser.wsEndpoint()),
    users: 0,
    close: async () => {
      run.noticeDeckBrowsers?.delete(program);
      const { browser, dir } = await started;
      await browser.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
  run.noticeDeckBrowsers.set(program, shared);
  return shared;
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
