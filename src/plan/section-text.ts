import { toString } from 'mdast-util-to-string';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';

/** Above this many em of text, a subsection needs slides of its own rather than a card. */
export const smallSectionWidth = 120;

export function headingText(section: NoticeSection): string {
  return toString({ type: 'paragraph', children: section.heading });
}

/** The whole text of a section: number, heading and body, as the notes read it. */
export function sectionText(section: NoticeSection): string {
  return section.label + headingText(section) + bodyText(section);
}

/** The text under a section's heading, subsections included. */
export function bodyText(section: NoticeSection): string {
  return section.children.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child))).join('');
}
