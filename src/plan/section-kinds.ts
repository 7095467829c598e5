import type { Html, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Node } from 'unist';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { isContactHeading, isContactLine } from '../text/contact.js';
import { textWidth } from '../text/width.js';
import { bodyText, headingText, sectionText, smallSectionWidth } from './section-text.js';
import { isListItem } from './short-lines.js';

/** What a section or a block is, for the planner to choose its slides: short, a contact block, small, a picture. */

/** A level-1 section whose body is at most this many em is short: a row of an overview, not slides of its own. */
const shortSectionWidth = 100;

/** A level-1 section with little under its heading (活动主题 / 参赛对象 / 放假时间, a line or two); a table is no row's content. */
export function isShortSection(section: NoticeSection): boolean {
  return section.level === 1 && textWidth(bodyText(section)) <= shortSectionWidth && !holdsPicture(section) && !holdsTable(section) && !isListSection(section);
}

/** At least this many one-line paragraphs under a heading are a list (a name list, titles), not a row's content. */
const listSectionItems = 4;

/**
 * A section whose text is a list of one-line entries (“优秀团支书”（6名） and six names): a slide of
 * its own, under its heading. Prose after the list (希望受到表彰的…。) closes the notice, not the list.
 */
export function isListSection(section: NoticeSection): boolean {
  return listEntries(section) > 0;
}

/** How many one-line entries a list section starts with; 0 for another section. The rest is prose. */
export function listEntries(section: NoticeSection): number {
  // An entry names someone or something; a sentence (…再接再厉。) is prose, however short.
  const isEntry = (child: NoticeSection['children'][number]) => child.type === 'paragraph' && isListItem(toString(child)) && !/[。！]$/u.test(toString(child).trim());
  const entries = section.children.findIndex((child) => !isEntry(child));
  const count = entries === -1 ? section.children.length : entries;
  const prose = section.children.slice(count).every((child) => child.type === 'paragraph' && /[。！]$/u.test(toString(child).trim()));
  return count >= listSectionItems && prose ? count : 0;
}

/**
 * Whether `nodes[index]` is a document's title: an unnumbered level-1 heading with numbered
 * level-1 parts right after it, as a forwarded notice, an attached plan or a name list has them.
 * Those parts are the document's, one level down.
 */
export function isDocumentHeading(nodes: readonly RootContent[], index: number): boolean {
  const node = nodes[index];
  const next = nodes[index + 1];
  return !!node && isNoticeSection(node) && node.level === 1 && node.label === '' && !!next && isNoticeSection(next) && next.level === 1 && next.label !== '';
}

/** The notice's contact block as a section ("九、联系方式" and its lines). */
export function isContactSection(section: NoticeSection): boolean {
  if (section.children.length === 0 || section.children.some((child) => child.type !== 'paragraph')) return false;
  return isContactHeading(headingText(section)) || section.children.every((child) => isContactLine(toString(child)));
}

/** How many short level-1 sections, contact blocks aside, follow one another from `start` on. */
export function shortSectionRun(nodes: RootContent[], start: number): number {
  let count = 0;
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isNoticeSection(node) || !isShortSection(node) || isContactSection(node) || isDocumentHeading(nodes, i)) break;
    count++;
  }
  return count;
}

/**
 * How many subsections from `start` on are small enough to be cards: same level, a heading,
 * no subsections of their own, no table and a short text, as 四、工作要求 （一）高度重视 （二）… often are.
 */
export function smallSectionRun(nodes: RootContent[], start: number): number {
  let count = 0;
  for (let i = start; i < nodes.length; i++) {
    const node = nodes[i]!;
    if (!isNoticeSection(node) || node.level === 1 || node.heading.length === 0) break;
    if (count > 0 && node.level !== (nodes[start] as NoticeSection).level) break;
    if (node.children.some(isNoticeSection) || holdsTable(node) || textWidth(sectionText(node)) > smallSectionWidth) break;
    count++;
  }
  return count;
}

/** How many texts from `start` on satisfy `test`, one after another. */
export function runWhile(texts: string[], start: number, test: (value: string) => boolean): number {
  let count = 0;
  while (start + count < texts.length && test(texts[start + count]!)) count++;
  return count;
}

/** A paragraph of pictures only (`![](photo.png)`), blank lines between them aside. */
export function isPictureParagraph(node: RootContent): boolean {
  return node.type === 'paragraph' && node.children.some((child) => child.type === 'image') && node.children.every((child) => child.type === 'image' || (child.type === 'text' && !child.value.trim()));
}

/** Whether a section shows a picture: a table row of text has no room for one, so it keeps slides of its own. */
function holdsPicture(section: NoticeSection): boolean {
  return holds(section, (node) => node.type === 'image' || node.type === 'imageReference' || (node.type === 'html' && /<img\b/iu.test((node as Html).value)));
}

/**
 * A section that is mostly a table (名额分配, 日程安排: the table and a line or two): its slides show
 * the table under its title, with no divider before them; it is arranged, not a topic of study.
 */
export function isTableSection(section: NoticeSection): boolean {
  const rest = section.children.filter((child) => child.type !== 'table');
  return rest.length < section.children.length && textWidth(rest.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child))).join('')) <= shortSectionWidth;
}

/** Whether a section holds a table: a table has a slide of its own, never a row of an overview or a card. */
function holdsTable(section: NoticeSection): boolean {
  return holds(section, (node) => node.type === 'table');
}

/** Whether any node in `section` passes `test`. */
function holds(section: NoticeSection, test: (node: Node) => boolean): boolean {
  let found = false;
  visit(section, (node) => {
    if (!test(node)) return CONTINUE;
    found = true;
    return EXIT;
  });
  return found;
}
