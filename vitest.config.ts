import { defineConfig } from 'vitest/config';

/** One Chromium per project for the whole run; test files connect to it (tests/support/browser.ts). */
const globalSetup = ['./tests/support/browser-setup.ts'];

/**
 * Tests that drive the browser NOTICE_DECK_BROWSER=bundled picks (the headless Chromium from npm),
 * so that every run proves a machine without Chrome or Chromium works; the rest use the installed
 * browser where there is one.
 */
const bundledBrowserTests = ['tests/deck.browser.test.ts', 'tests/themes.browser.test.ts', 'tests/faults.test.ts', 'src/export/pdf.test.ts'];

export default defineConfig({
  test: {
    // Browser tests start Chromium; on a 2-core machine that takes seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        extends: true,
        test: { name: 'installed browser', include: ['src/**/*.test.ts', 'tests/**/*.test.ts'], exclude: bundledBrowserTests, globalSetup },
      },
      {
        extends: true,
        test: { name: 'bundled browser', include: bundledBrowserTests, env: { NOTICE_DECK_BROWSER: 'bundled' }, globalSetup },
      },
    ],
  },
});
