// Part of `npm ci` (the prepare script, after compile): where notice-deck will drive the Chromium
// that npm brought (Linux x64 with no Chrome, Chromium or Edge installed, as CI), unpacks it now,
// so that the first PDF (or test run) does not wait ~5 s for it. Nothing to do where npm did not
// install it or an installed browser will be used. A failure here only warns: the first run that
// needs the browser unpacks it again and says why if it cannot.
import { chooseBrowser } from '../lib/export/browser.js';
import { bundledChromium, locateBundledChromium } from '../lib/export/bundled-chromium.js';

try {
  const bundled = locateBundledChromium();
  if (bundled && chooseBrowser().source === 'bundled') {
    await bundledChromium(bundled, () => console.log('notice-deck：正在解压自带的 Chromium 浏览器（只需一次，约 5 秒）……'));
  }
} catch (error) {
  console.warn(`notice-deck：${error.message}`);
}
