import type { BlockContent, Parent, PhrasingContent, RootContent } from 'mdast';
import type { SectionLevel } from './numbering.js';

/**
 * A numbered part of the notice body (一、 … / （一） … / 1. … / （1） …), recognised from Markdown
 * headings or from paragraphs that start with a number. Its heading is what the author wrote after
 * the number; a run-in heading ("（一）提高政治站位。要…") keeps the rest of its paragraph as the
 * first child.
 */
export interface NoticeSection extends Parent {
  type: 'noticeSection';
  level: SectionLevel;
  /** `一、`, `（一）`, `1.`, `（1）`, or empty for a Markdown heading without a number. */
  label: string;
  heading: PhrasingContent[];
  children: (BlockContent | NoticeSection)[];
}

declare module 'mdast' {
  interface RootContentMap {
    noticeSection: NoticeSection;
  }
  interface BlockContentMap {
    noticeSection: NoticeSection;
  }
}

export function isNoticeSection(node: RootContent): node is NoticeSection {
  return node.type === 'noticeSection';
}
