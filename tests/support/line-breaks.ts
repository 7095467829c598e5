import type { Page } from 'puppeteer';
import { setBlocks } from '../../src/check/lines.js';
import { eachSlide } from '../../src/check/page.js';
import { lineBreakProblems } from '../../src/check/typesetting.js';

/** Chinese line-breaking rules (禁则) as the browser really set the text, on every slide; see src/check. */
export function findLineBreakViolations(page: Page): Promise<string[]> {
  return eachSlide(page, async (index) =>
    (await setBlocks(page, index)).flatMap(({ lines }) => lineBreakProblems(lines).map((problem) => `slide ${index + 1}: ${problem}`)),
  );
}
