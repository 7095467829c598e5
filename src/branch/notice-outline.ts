import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import { isNoticeSection } from '../recognise/notice-section.js';

/** A level-1 part of the notice body: its number and heading, and the lines of notice.md it spans (the last: to the end). */
export interface OutlineSection {
  label: string;
  heading: string;
  startLine: number;
  endLine: number;
}

declare module 'vfile' {
  interface DataMap {
    /** The notice's level-1 parts, for what refers to them by number (a branch's hidden sections). */
    noticeOutline: OutlineSection[];
  }
}

/** Records the notice's level-1 parts in `file.data.noticeOutline`; use after remarkNotice. */
export function remarkNoticeOutline() {
  return (tree: Root, file: VFile): void => {
    const sections = tree.children.filter(isNoticeSection).filter((section) => section.level === 1);
    // A part runs to the next one: the recogniser's positions may cover the heading only.
    const starts = sections.map((section) => section.position?.start.line ?? 0);
    file.data.noticeOutline = sections.map((section, index) => ({
      label: section.label,
      heading: toString({ type: 'paragraph', children: section.heading }),
      startLine: starts[index]!,
      endLine: (starts[index + 1] ?? Number.POSITIVE_INFINITY) - 1,
    }));
  };
}
