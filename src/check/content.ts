import type { Page } from 'puppeteer';

/** What a slide shows, for the checks that read rather than measure. */
export interface SlideContent {
  /** The layout class: layout-points, layout-cover, … */
  layout: string;
  /** All visible text of the slide, title included. */
  text: string;
  /** The text of each element that directly holds text, for placeholders. */
  blocks: string[];
  /** The text below the title: what the slide has to say. */
  body: string;
  /** Pictures that did not load: their src. */
  brokenPictures: string[];
}

/** Slides that carry no body by design: the cover, dividers, the agenda and the closing slide. */
const framingLayouts = new Set(['layout-cover', 'layout-section', 'layout-agenda', 'layout-closing']);

/** Below this many characters a content slide has too little on it to be worth a slide. */
export const sparseBodyChars = 20;

/**
 * Text a template or an import leaves for the author to replace: a whole element that asks for
 * something (请填写标题, 请输入日期 — a notice's own “请填写报名表，…” is a sentence, not a
 * placeholder), or TODO / XXX / 待补充 anywhere.
 */
const placeholderBlock = /^(?:请填写|请输入)[^，。；！？,.;!?]{0,12}$/u;
const placeholderMark = /TODO|X{3,}|x{3,}|待补充/u;

/** The content of each slide of `indices`; the body leaves out the header, the branch's logo and footer. */
export function slideContents(page: Page, indices: readonly number[]): Promise<SlideContent[]> {
  return page.evaluate((indices) => {
    const sections = document.querySelectorAll('.reveal > .slides > section, .reveal > .slides > .pdf-page > section');
    return indices.map((index) => {
      const section = sections[index]!;
      const frame = section.querySelector(':scope > .slide-frame');
      const layout = Array.from(section.classList).find((name) => name.startsWith('layout-')) ?? '';
      if (!frame) return { layout, text: '', blocks: [], body: '', brokenPictures: [] };
      const blocks = new Map<Element, string>();
      const walker = document.createTreeWalker(frame, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (node.parentElement) blocks.set(node.parentElement, (blocks.get(node.parentElement) ?? '') + (node.nodeValue ?? ''));
      }
      const body = frame.cloneNode(true) as Element;
      body.querySelectorAll('.slide-header, .slide-brand').forEach((furniture) => furniture.remove());
      const brokenPictures = Array.from(frame.querySelectorAll('img'))
        .filter((image) => !image.complete || image.naturalWidth === 0)
        .map((image) => image.getAttribute('src') ?? '');
      return {
        layout,
        text: frame.textContent ?? '',
        blocks: [...blocks.values()].map((text) => text.trim()).filter(Boolean),
        body: body.textContent ?? '',
        brokenPictures,
      };
    });
  }, [...indices]);
}

/** Characters of a text that a reader sees: whitespace left out. */
export function visibleLength(text: string): number {
  return [...text.replace(/\s+/gu, '')].length;
}

/** The problems a slide's content shows, as [kind, message] pairs. */
export function contentProblems(content: SlideContent): ['sparse' | 'placeholder' | 'picture', string][] {
  const problems: ['sparse' | 'placeholder' | 'picture', string][] = [];
  const bodyLength = visibleLength(content.body);
  if (!framingLayouts.has(content.layout) && bodyLength < sparseBodyChars) {
    problems.push(['sparse', `正文只有 ${bodyLength} 个字（少于 ${sparseBodyChars} 个），可以并到相邻的页`]);
  }
  for (const block of content.blocks) {
    if (placeholderBlock.test(block) || placeholderMark.test(block)) {
      problems.push(['placeholder', `有占位文字“${block.length > 30 ? `${block.slice(0, 30)}…` : block}”，请换成真实内容`]);
    }
  }
  for (const source of content.brokenPictures) problems.push(['picture', `图片“${source}”显示不出来：文件不存在或已损坏`]);
  return problems;
}
