/**
 * The preflight of a built deck, in a page that has it open (screen view or reveal's print view):
 * every slide is shown and measured as the audience will see it.
 */
import type { Page } from 'puppeteer';
import type { SlideSize } from '../render/slide-size.js';
import { contentProblems, slideContent } from './content.js';
import { finding, type Finding } from './finding.js';
import { describeTofu, fallbackFontsOnSlide, findTofuGlyphs } from './fonts.js';
import { setBlocks } from './lines.js';
import { overflowOnSlide } from './overflow.js';
import { eachSlide } from './page.js';
import { lineBreakProblems, orphanProblem } from './typesetting.js';

/** Every finding on every slide, by slide number. */
export async function checkDeck(page: Page, size: SlideSize, onSlide: (index: number) => void = () => {}): Promise<Finding[]> {
  const cdp = await page.createCDPSession();
  try {
    await cdp.send('DOM.enable');
    await cdp.send('CSS.enable');
    const perSlide = await eachSlide(page, async (index) => {
      onSlide(index);
      const slide = index + 1;
      const found: Finding[] = [];
      for (const message of await overflowOnSlide(page, index, size)) found.push(finding(slide, 'overflow', message));
      for (const { role, lines } of await setBlocks(page, index)) {
        for (const message of lineBreakProblems(lines)) found.push(finding(slide, 'line-break', message));
        const orphan = role === 'text' ? undefined : orphanProblem(lines);
        if (orphan) found.push(finding(slide, 'orphan', `${role === 'title' ? '标题' : '卡片'}${orphan}`));
      }
      for (const message of await fallbackFontsOnSlide(page, cdp, index)) found.push(finding(slide, 'font', message));
      for (const [kind, message] of contentProblems(await slideContent(page, index))) found.push(finding(slide, kind, message));
      return found;
    });
    const tofu = (await findTofuGlyphs(page)).map((glyph) => finding(glyph.index + 1, 'font', describeTofu(glyph)));
    return [...perSlide, ...tofu].sort((a, b) => a.slide - b.slide);
  } finally {
    await cdp.detach();
  }
}
