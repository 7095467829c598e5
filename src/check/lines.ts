import type { Page } from 'puppeteer';

/** Where a block of text sits on a slide: 孤字 matter in titles and cards, 禁则 everywhere. */
export type BlockRole = 'title' | 'card' | 'text';

/** A block of text (p, li, h1, h2) on a slide, as the browser broke it into lines. */
export interface SetBlock {
  role: BlockRole;
  lines: string[];
}

/** The lines of every text block on slide `index` (shown already): see setBlocksOnSlides. */
export async function setBlocks(page: Page, index: number): Promise<SetBlock[]> {
  return (await setBlocksOnSlides(page, [index]))[0]!;
}

/**
 * The lines of every text block on each slide of `indices` (laid out already), as the browser
 * really set them: each character's client rect (a Range per character) says which line it is on.
 */
export function setBlocksOnSlides(page: Page, indices: readonly number[]): Promise<SetBlock[][]> {
  return page.evaluate((indices) => {
    const sections = document.querySelectorAll<HTMLElement>('.reveal > .slides > section, .reveal > .slides > .pdf-page > section');
    // One range, moved from character to character: the document keeps every live range up to date.
    const range = document.createRange();
    return indices.map((index) => {
      const section = sections[index]!;
      const blocks = Array.from(section.querySelectorAll<HTMLElement>('.slide-frame p, .slide-frame li, .slide-frame h1, .slide-frame h2'));
      const result: { role: 'title' | 'card' | 'text'; lines: string[] }[] = [];
      for (const block of blocks) {
        if (block.querySelector('p, li')) continue; // measured at the inner block
        const chars: { char: string; top: number }[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? '';
          for (let offset = 0; offset < value.length; offset++) {
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0 && value[offset]!.trim()) chars.push({ char: value[offset]!, top: rect.top });
          }
        }
        const lines: string[] = [];
        let lineTop = Number.NaN;
        for (const { char, top } of chars) {
          if (!(Math.abs(top - lineTop) < 4)) {
            lines.push('');
            lineTop = top;
          }
          lines[lines.length - 1] += char;
        }
        const role = /^H[12]$/.test(block.tagName) ? 'title' : block.closest('.cards-grid') ? 'card' : 'text';
        if (lines.length > 0) result.push({ role, lines });
      }
      return result;
    });
  }, [...indices]);
}
