import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { headingLabel } from '../text/short-heading.js';
import { textWidth } from '../text/width.js';
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
  const blocks = sections.map((section) => fieldRows(sectionRow(section)));
  const starts = blocks.map((_, index) => blocks.slice(0, index).reduce((sum, block) => sum + block.length, 0));
  let at = 0;
  for (const group of packRowBlocks(blocks, context.budget('overview', 'rows'))) {
    // A section's notes go with the slide its first row is on.
    const shown = sections.filter((_, index) => starts[index]! >= at && starts[index]! < at + group.length);
    const placed = shown.length > 0 ? shown : [sections[starts.filter((start) => start <= at).length - 1]!];
    at += group.length;
    context.push(slide('overview', { title: [text(overviewTitle)], rows: [rowList(group)] }, shown.map((section) => paragraph(sectionText(section))), spanning(placed[0]!.position, placed.at(-1)!.position)));
  }
}

/** A short section as a row: its heading as the label where it is one, else a label made from it or its number. */
function sectionRow(section: NoticeSection): Row {
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
}

/** A line that is a field of its own: a short label, a colon, its value (活动地点：… / 承办单位：…). */
const fieldLine = /^(\p{Script=Han}[\p{Script=Han} ]{0,5}\p{Script=Han})\s*[：:]\s*(\S.*)$/u;

/**
 * A row whose lines after the first are fields (活动时间 | 9:00—10:30 / 活动地点：…) as a row per
 * field, so each label stands in the label column; the lines after a field go on in its row.
 */
export function fieldRows(row: Row): Row[] {
  const rows: Row[] = [{ label: row.label, lines: [] }];
  row.lines.forEach((line, index) => {
    const field = index > 0 ? fieldLine.exec(line.trim()) : null;
    if (field && textWidth(field[1]!) <= rowLabelMax) rows.push({ label: field[1]!, lines: [field[2]!] });
    else rows.at(-1)!.lines.push(line);
  });
  return rows;
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
