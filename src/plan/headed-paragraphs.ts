import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoticeSection } from '../recognise/notice-section.js';
import { readNumbering } from '../recognise/numbering.js';
import { isContactLine } from '../text/contact.js';
import { textWidth } from '../text/width.js';
import { spanning } from './packing.js';

/**
 * Paragraphs under heading lines that carry no number (第一阶段：宣传动员（12月8日） / 奖项设置),
 * as notices of stages and steps write them: read as small subsections, so each heading stays
 * with its text instead of a bullet of its own and its text on another slide.
 */

/** A heading line: short, no sentence in it, no number, not a contact line. */
const headingMaxWidth = 20;

export function isHeadingParagraph(node: BlockContent): boolean {
  if (node.type !== 'paragraph') return false;
  const value = toString(node).trim();
  return textWidth(value) <= headingMaxWidth && !/[。！？；，、：:]$|[。！？；]/u.test(value) && !readNumbering(value) && !isContactLine(value);
}

/**
 * The paragraphs from a heading line on as subsections (no label, the heading line as heading,
 * the paragraphs up to the next heading line as text), or undefined unless they read so: they
 * start with a heading line, and at least two of them, and most, have sentences under them.
 */
export function headedSections(nodes: readonly BlockContent[]): NoticeSection[] | undefined {
  if (nodes.length === 0 || !isHeadingParagraph(nodes[0]!)) return undefined;
  const sections: NoticeSection[] = [];
  for (const node of nodes) {
    if (isHeadingParagraph(node) && node.type === 'paragraph') {
      sections.push({ type: 'noticeSection', level: 3, label: '', heading: node.children, children: [], ...(node.position ? { position: node.position } : {}) });
    } else {
      const section = sections.at(-1)!;
      section.children.push(node);
      const position = spanning(section.position, node.position);
      if (position) section.position = position;
    }
  }
  const withText = sections.filter((section) => section.children.length > 0).length;
  // The text is sentences: titles or topics under a month (3月 / “…”) are a list, not headings and text.
  const prose = sections.every((section) => section.children.every((child) => /[。！？；;]$/u.test(toString(child).trim()) || isContactLine(toString(child))));
  return prose && withText >= 2 && withText * 2 >= sections.length ? sections : undefined;
}
