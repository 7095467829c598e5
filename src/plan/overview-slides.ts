import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { headingLabel } from '../text/short-heading.js';
import { contactLinesSlide, trailingContact } from './contact-slides.js';
import { paragraph, text } from './mdast.js';
import { packRowBlocks, packRows, rowLabelMax, rowList, type Row } from './overview.js';
import { spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { headingText, sectionText } from './section-text.js';
import { slide } from './slides.js';

/** Label–content tables made from the body: the short sections of an arrangement, labelled lines. */

const overviewTitle = '有关事项';

/**
 * Short sections as one label–content table (主办单位 | …), over two slides when it must. Contact
 * lines that end the last section belong to the notice: they go on a contact slide after it.
 */
export function overviewSlides(context: PlanContext, sections: NoticeSection[]): void {
  const split = trailingContact(sections.at(-1)!);
  if (split && split.rest.children.length > 0) {
    overviewSlides(context, [...sections.slice(0, -1), split.rest]);
    contactLinesSlide(context, split.contact);
    return;
  }
  const rows = sections.map((section): Row => {
    const heading = headingText(section);
    const lines = section.children.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child)));
    const plain = heading.replace(/[。：:；]$/u, '');
    const label = heading ? headingLabel(heading, rowLabelMax) : undefined;
    if (label && label === plain && lines.length > 0) return { label, lines };
    // A heading wider than a label is shown in the content: whole, or from where its label ends
    // (比赛形式 | (详细赛制见附件1) …); only a heading without a word to label it keeps its number.
    if (!label || (lines.length === 0 && label === plain)) return { label: section.label.replace(/[、.．]$/u, ''), lines: [heading, ...lines].filter(Boolean) };
    const rest = heading.startsWith(label) && lines.length > 0 ? heading.slice(label.length).replace(/^[，；：:、,;\s]+/u, '') : heading;
    return { label, lines: [rest, ...lines].filter(Boolean) };
  });
  let at = 0;
  for (const group of packRows(rows, context.budget('overview', 'rows'))) {
    const shown = sections.slice(at, at + group.length);
    at += group.length;
    context.push(slide('overview', { title: [text(overviewTitle)], rows: [rowList(group)] }, shown.map((section) => paragraph(sectionText(section))), spanning(shown[0]!.position, shown.at(-1)!.position)));
  }
}

/**
 * Rows made from consecutive blocks, each slide's notes its blocks: a row is a block of its own
 * (`labelBlocks` 0: a schedule's row) or a label line and the lines under it (1).
 */
export function rowSlides(context: PlanContext, rows: Row[], title: string, nodes: BlockContent[], labelBlocks: 0 | 1): void {
  const budget = context.budget('overview', 'rows');
  // A schedule's day stays with its times: a row without a label heads the rows after it.
  const days = rows.reduce<Row[][]>((blocks, row) => (row.label === '' || blocks.length === 0 ? [...blocks, [row]] : (blocks.at(-1)!.push(row), blocks)), []);
  let at = 0;
  for (const group of labelBlocks === 0 ? packRowBlocks(days, budget) : packRows(rows, budget)) {
    const count = group.reduce((sum, row) => sum + (labelBlocks === 0 ? 1 : 1 + row.lines.length), 0);
    const shown = nodes.slice(at, at + count);
    at += count;
    context.push(slide('overview', { title: [text(title)], rows: [rowList(group)] }, shown.map((node) => paragraph(toString(node))), spanning(shown[0]!.position, shown.at(-1)!.position)));
  }
}
