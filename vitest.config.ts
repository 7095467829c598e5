import { defineConfig } from 'vitest/config';

/** One Chromium per project for the whole run; test files connect to it (tests/support/browser.ts). */
const globalSetup = ['./tests/support/browser-setup.ts'];

/**
 * Tests that drive the browser NOTICE_DECK_BROWSER=bundled picks (the headless Chromium from npm),
 * so that every run proves a machine without Chrome or Chromium works; the rest use the installed
 * browser where there is one.
 */
const bundledBrowserTests = ['tests/deck.browser.test.ts', 'tests/themes.browser.test.ts', 'tests/faults.test.ts', 'src/export/pdf.test.ts'];

/** Unit tests that need a module cache of their own (vi.mock) or the browser. */
const unitTestsApart = ['src/fonts/subset.test.ts', 'src/print/chromium.test.ts', 'src/check/check-deck.test.ts', 'src/export/contact-sheet.test.ts', 'src/export/pdf.test.ts', 'src/pptx/office-pictures.test.ts'];

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
        // per file. The end-to-end files stay isolated: one that times out while the CLI runs in-process
        // (in another folder, stdout captured) must not leave that to the next file.
        test: { name: 'unit', include: ['src/**/*.test.ts'], exclude: unitTestsApart, isolate: false },
      },
      {
        extends: true,
        test: { name: 'installed browser', include: ['tests/**/*.test.ts', ...unitTestsApart], exclude: bundledBrowserTests, globalSetup },
      },
      {
        extends: true,
        test: { name: 'bundled browser', include: bundledBrowserTests, env: { NOTICE_DECK_BROWSER: 'bundled' }, globalSetup },
      },
    ],
  },
});
