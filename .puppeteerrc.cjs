// Puppeteer must never download its own browser: notice-deck drives an installed Chrome, Chromium
// or Edge, or the headless Chromium that npm ci brings on Linux x64 (see src/export/browser.ts).
module.exports = { skipDownload: true };
