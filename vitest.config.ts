import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const root = fileURLToPath(new URL('.', import.meta.url));

/** The test files under `dir`, as paths from the repository root. */
const testFilesIn = (dir: string) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.test.ts'))
    .map((name) => path.posix.join(dir, name.split(path.sep).join('/')));

/** One Chromium per kind of browser for the whole run; test files connect to it (tests/support/browser.ts). */
const globalSetup = ['./tests/support/browser-setup.ts'];

/** fast-check's cases the same in every run (tests/support/fixed-seed.ts). */
const fixedSeed = './tests/support/fixed-seed.ts';

/**
 * Each file of a project with isolate:false checks that it leaves the process as it found it
 * (working folder, CLI runs in-process ended), since the next file runs in the same process.
 */
const setupFiles = ['./tests/support/shared-worker.ts', fixedSeed];

/**
 * Tests that drive the browser NOTICE_DECK_BROWSER=bundled picks (the headless Chromium from npm),
 * so that every run proves a machine without Chrome or Chromium works; the rest use the installed
 * browser where there is one.
 */
const bundledBrowserTests = ['tests/deck.browser.test.ts', 'tests/themes.browser.test.ts', 'tests/faults.test.ts', 'src/export/pdf.test.ts'];

/**
 * Tests that vi.mock a module the others load for real. Without a module cache of their own, the
 * mock would reach the next file in the worker (modules that imported the mocked one stay cached
 * with it), or miss the modules an earlier file had already loaded. Found by their text, so that a
 * file that starts mocking cannot stay in a shared project.
 */
const mockingTests = [...testFilesIn('src'), ...testFilesIn('tests')].filter((file) => /\bvi\.(mock|doMock)\(/.test(readFileSync(path.join(root, file), 'utf8')));

/** Unit tests that use the run's browser (globalSetup). */
const unitBrowserTests = ['src/print/chromium.test.ts', 'src/check/check-deck.test.ts', 'src/export/contact-sheet.test.ts', 'src/export/pdf.test.ts', 'src/pptx/office-pictures.test.ts'];

export default defineConfig({
  test: {
    // Browser tests start Chromium; on a 2-core machine that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // Two files at a time on two cores: browser and CLI tests spend much of their time waiting for
    // Chromium or a child process, which leaves a core idle with one file at a time (vitest's default here).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        // Unit tests share their worker's module cache: the pipeline loads once per worker, not once
        // per file (~1 s of CPU each).
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: [...mockingTests, ...unitBrowserTests], isolate: false, setupFiles },
      },
      {
        extends: true,
        // So do the end-to-end files: the CLI they run in-process restores the working folder and
        // stdout, and setupFiles makes a file wait for its runs before the next file starts. The CLI's
        // browser is the shared one in every file alike (cli-on-shared-browser.ts), so no file needs a
        // mock of its own for it, which would cost it a project of isolated files.
        test: {
          name: 'installed browser',
          include: ['tests/**/*.test.ts', ...unitBrowserTests],
          exclude: [...bundledBrowserTests, ...mockingTests],
          isolate: false,
          setupFiles: [...setupFiles, './tests/support/cli-on-shared-browser.ts'],
          globalSetup,
        },
      },
      {
        extends: true,
        // The same browser as the project above (browser-setup.ts starts one per kind).
        test: { name: 'installed browser, mocks', include: mockingTests, setupFiles: [fixedSeed], globalSetup },
      },
      {
        extends: true,
        test: { name: 'bundled browser', include: bundledBrowserTests, env: { NOTICE_DECK_BROWSER: 'bundled' }, isolate: false, setupFiles, globalSetup },
      },
    ],
  },
});
