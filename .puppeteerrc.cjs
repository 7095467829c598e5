// Puppeteer must never download its own browser: notice-deck drives the system Chromium
// (see src/export/browser.ts for how it is found).
module.exports = { skipDownload: true };
