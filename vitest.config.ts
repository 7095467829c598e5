import { defineConfig } from 'vitest/config';

/** One Chromium per project for the whole run; test files connect to it (tests/support/browser.ts). */
const globalSetup = ['./tests/support/browser-setup.ts'];

/**
 * Tests that drive the browser NOTICE_DECK_BROWSER=bundled picks (the headless Chromium from npm),
 * so that every run proves a machine without Chrome or Chromium works; the rest use the installed
 * browser where there is one.
 */
const bundledBrowserTests = ['tests/deck.browser.test.ts', 'tests/themes.browser.test.ts', 'tests/faults.test.ts', 'src/export/pdf.test.ts'];

/** Tests that replace modules (vi.mock): they need a module cache of their own. */
const moduleMockTests = ['src/fonts/subset.test.ts'];

export default defineConfig({
  test: {
    // Browser tests start Chromium; on a 2-core machine that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    // Three files at a time on two cores: browser and CLI tests spend much of their time waiting for
    // Chromium or a child process, which leaves a core idle with one file at a time (vitest's default here).
    maxWorkers: 3,
    // Test files share their worker's module cache: the CLI and the pipeline load once per worker, not
    // once per file. Tests restore what they change in the process (cwd, stdout, exitCode, env).
    isolate: false,
    projects: [
      {
        extends: true,
        test: { name: 'installed browser', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: [...bundledBrowserTests, ...moduleMockTests], globalSetup },
      },
      {
        extends: true,
        test: { name: 'bundled browser', include: bundledBrowserTests, env: { NOTICE_DECK_BROWSER: 'bundled' }, globalSetup },
      },
      {
        extends: true,
        test: { name: 'module mocks', include: moduleMockTests, isolate: true },
      },
    ],
  },
});
