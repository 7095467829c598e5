import type { BlockContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { NoticeSection } from '../recognise/notice-section.js';
import { contactRows, trailingContactLength } from '../text/contact.js';
import { paragraph, text } from './mdast.js';
import { packRows, rowList, type Row } from './overview.js';
import { spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { headingText } from './section-text.js';
import { slide } from './slides.js';
import { shortTitle } from './titles.js';

/** The end of a notice's body as slides: its contact lines (联系人 | 电话 | 邮箱) and its 附件 list. */

export const contactTitle = '联系方式';
const attachmentsTitle = '附件';

/** The contact section: its lines verbatim as label–content rows on one slide. */
export function contactSection(context: PlanContext, section: NoticeSection): void {
  const lines = section.children.map((child) => toString(child));
  const title = shortTitle(section.label, headingText(section), context.titleWidth);
  contactSlide(context, lines, title, [paragraph(section.label + headingText(section)), ...lines.map((line) => paragraph(line))], section.position);
}

/**
 * Contact lines that end a section (the last item of a list, the last short part) belong to the
 * notice, not to that section: the section without them, and them. Undefined when there are none.
 */
export function trailingContact(section: NoticeSection): { rest: NoticeSection; contact: BlockContent[] } | undefined {
  const trailing = trailingContactLength(section.children.map((child) => (child.type === 'paragraph' ? toString(child) : '')));
  if (trailing === 0) return undefined;
  return { rest: { ...section, children: section.children.slice(0, -trailing) }, contact: section.children.slice(-trailing) as BlockContent[] };
}

/** Contact paragraphs on a 联系方式 slide, each its own note. */
export function contactLinesSlide(context: PlanContext, nodes: BlockContent[]): void {
  const lines = nodes.map((node) => toString(node));
  contactSlide(context, lines, contactTitle, lines.map((line) => paragraph(line)), spanning(nodes[0]!.position, nodes.at(-1)!.position));
}

/** Contact lines as label–content rows, the notes on the first slide. */
export function contactSlide(context: PlanContext, lines: string[], title: string, notes: RootContent[], position: Position | undefined): void {
  // A field's separator (联系人：韩老师，电话：…) ends a sentence, not a row: the notes keep it.
  const rows = lines.flatMap((line): Row[] => contactRows(line).map((row) => ({ label: row.label, lines: [row.label ? row.value.replace(/[，,；;、]$/u, '') : row.value] })));
  for (const [index, group] of packRows(rows, context.budget('overview', 'rows')).entries()) {
    const shown = slide('overview', { title: [text(title)], rows: [rowList(group)] }, index === 0 ? notes : [], position);
    context.push(shown);
    context.lastContact = { slide: shown, rows: group };
  }
}

/**
 * The 附件 list ends the body as it ends the notice's: a row under the contact lines when they
 * close the body and have room for it, else a slide of its own.
 */
export function attachmentSlide(context: PlanContext, names: readonly string[]): void {
  // A row each (附件1 | …): names set under one another in one cell would break between a name's end and the next number.
  const rows: Row[] = names.map((name, index) => ({ label: names.length > 1 ? `${attachmentsTitle}${index + 1}` : attachmentsTitle, lines: [name] }));
  const note = paragraph(`${attachmentsTitle}：${names.length > 1 ? names.map((name, index) => `${index + 1}.${name}`).join(' ') : names[0]}`);
  const contact = context.lastContact;
  const budget = context.budget('overview', 'rows');
  if (contact && context.slides.at(-1) === contact.slide && packRows([...contact.rows, ...rows], budget).length === 1) {
    contact.slide.slots.rows = [rowList([...contact.rows, ...rows])];
    contact.slide.notes.push(note);
    return;
  }
  context.push(slide('overview', { title: [text(attachmentsTitle)], rows: [rowList(rows)] }, [note]));
}
