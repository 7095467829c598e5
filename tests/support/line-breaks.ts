import type { Page } from 'puppeteer';

/**
 * Chinese line-breaking rules (禁则) as the browser really set the text: for every block of every
 * slide, the characters are grouped into lines by their client rects (Range per character), then
 * each line's first and last characters are checked, and no line may break inside a number.
 */
export async function findLineBreakViolations(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const noLineStart = '。，、；：？！”’）》】〕';
    const noLineEnd = '“‘（《【〔';
    const problems: string[] = [];
    const sections = Array.from(document.querySelectorAll<HTMLElement>('.reveal > .slides > section'));
    for (const [index, section] of sections.entries()) {
      (window as unknown as { Reveal: { slide(i: number): void } }).Reveal.slide(index);
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const blocks = Array.from(section.querySelectorAll<HTMLElement>('.slide-frame p, .slide-frame li, .slide-frame h1, .slide-frame h2'));
      for (const block of blocks) {
        if (block.querySelector('p, li')) continue; // checked at the inner block
        const chars: { char: string; top: number }[] = [];
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const value = node.nodeValue ?? '';
          for (let offset = 0; offset < value.length; offset++) {
            const range = document.createRange();
            range.setStart(node, offset);
            range.setEnd(node, offset + 1);
            const rect = range.getClientRects()[0];
            if (rect && rect.width > 0) chars.push({ char: value[offset]!, top: rect.top });
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
        for (let line = 0; line < lines.length; line++) {
          const text = lines[line]!;
          const where = `slide ${index + 1}: line “${text}”`;
          if (line > 0 && noLineStart.includes(text[0]!)) problems.push(`${where} starts with ${text[0]}`);
          if (line < lines.length - 1 && noLineEnd.includes(text.at(-1)!)) problems.push(`${where} ends with ${text.at(-1)}`);
          const next = lines[line + 1];
          if (next && /[0-9A-Za-z]$/.test(text) && /^[0-9A-Za-z]/.test(next)) problems.push(`${where} breaks inside “${text.slice(-4)}${next.slice(0, 4)}”`);
        }
      }
    }
    return problems;
  });
}
