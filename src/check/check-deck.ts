/**
 * The preflight of a built deck, in a page that has it open (screen view or reveal's print view):
 * every slide is shown and measured as the audience will see it.
 */
import type { Page } from 'puppeteer';
import type { SlideSize } from '../render/slide-size.js';
import { contentProblems, slideContents } from './content.js';
import { fontQuerySession } from './devtools-session.js';
import { finding, type Finding } from './finding.js';
import { describeTofu, fallbackFontsOnSlides, findTofuGlyphs } from './fonts.js';
import { setBlocksOnSlides } from './lines.js';
import { overflowOnSlides } from './overflow.js';
import { eachSlideGroup } from './page.js';
import { lineBreakProblems, orphanProblem } from './typesetting.js';

/** Every finding on every slide, by slide number. */
export async function checkDeck(page: Page, size: SlideSize, onSlide: (index: number) => void = () => {}): Promise<Finding[]> {
  const cdp = await fontQuerySession(page);
  const perSlide = await eachSlideGroup(
    page,
    async (indices) => {
      const overflow = await overflowOnSlides(page, indices, size);
      const blocks = await setBlocksOnSlides(page, indices);
      const fonts = await fallbackFontsOnSlides(page, cdp, indices);
      const contents = await slideContents(page, indices);
      return indices.map((index, i) => {
        const slide = index + 1;
        const found: Finding[] = [];
        for (const message of overflow[i]!) found.push(finding(slide, 'overflow', message));
        for (const { role, lines } of blocks[i]!) {
          for (const message of lineBreakProblems(lines)) found.push(finding(slide, 'line-break', message));
          const orphan = role === 'text' ? undefined : orphanProblem(lines);
          if (orphan) found.push(finding(slide, 'orphan', `${role === 'title' ? '标题' : '卡片'}${orphan}`));
        }
        for (const message of fonts[i]!) found.push(finding(slide, 'font', message));
        for (const [kind, message] of contentProblems(contents[i]!)) found.push(finding(slide, kind, message));
        return found;
      });
    },
    (indices) => onSlide(indices[0]!),
  );
  const tofu = (await findTofuGlyphs(page)).map((glyph) => finding(glyph.index + 1, 'font', describeTofu(glyph)));
  return [...perSlide.flat(), ...tofu].sort((a, b) => a.slide - b.slide);
}
