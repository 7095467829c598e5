import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { shortHeading } from '../text/short-heading.js';
import { paragraph, text } from './mdast.js';
import { packRows, rowLabelMax, rowList, type Row } from './overview.js';
import { spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { headingText, sectionText } from './section-text.js';
import { slide } from './slides.js';

/** Label–content tables made from the body: the short sections of an arrangement, labelled lines. */

const overviewTitle = '有关事项';

/** Short sections as one label–content table (主办单位 | …), over two slides when it must. */
export function overviewSlides(context: PlanContext, sections: NoticeSection[]): void {
  const rows = sections.map((section): Row => {
    const heading = headingText(section);
    const label = shortHeading(heading, rowLabelMax);
    const lines = section.children.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child)));
    // A heading that is a sentence rather than a label goes into the content, whole.
    if (!heading || label.endsWith('……') || label !== heading.replace(/[。：:；]$/u, '') || lines.length === 0) {
      return { label: section.label.replace(/[、.．]$/u, ''), lines: [heading, ...lines].filter(Boolean) };
    }
    return { label, lines };
  });
  let at = 0;
  for (const group of packRows(rows, context.budget('overview', 'rows'))) {
    const shown = sections.slice(at, at + group.length);
    at += group.length;
    context.push(slide('overview', { title: [text(overviewTitle)], rows: [rowList(group)] }, shown.map((section) => paragraph(sectionText(section))), spanning(shown[0]!.position, shown.at(-1)!.position)));
  }
}

/** Rows made from consecutive blocks (a label line and the lines under it), each slide's notes its blocks. */
export function rowSlides(context: PlanContext, rows: Row[], title: string, nodes: BlockContent[]): void {
  let at = 0;
  for (const group of packRows(rows, context.budget('overview', 'rows'))) {
    const count = group.reduce((sum, row) => sum + 1 + row.lines.length, 0);
    const shown = nodes.slice(at, at + count);
    at += count;
    context.push(slide('overview', { title: [text(title)], rows: [rowList(group)] }, shown.map((node) => paragraph(toString(node))), spanning(shown[0]!.position, shown.at(-1)!.position)));
  }
}
