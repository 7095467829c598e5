import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { NoticeSection } from '../recognise/notice-section.js';
import { readNumbering, startsWithNumber } from '../recognise/numbering.js';
import { splitPhrasing } from '../recognise/split-phrasing.js';
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

/** A label and a colon that start a paragraph of rules (报名办法：… / 比赛规则：), the label at most six em. */
const runInLabel = /^\p{Script=Han}[\p{Script=Han} ]{1,5}[：:]/u;

/**
 * Paragraphs that each start with a label (报名办法：…。 参赛办法：…。), or a label alone with
 * numbered items under it (比赛规则： / ①… / ②…), as small subsections: the label their heading,
 * so each is one item with its label in front instead of its sentences as points of their own.
 * Two or more in a row from the first of `nodes` on, with how many paragraphs they take; undefined
 * otherwise. Fields of one line (培训时间：6月9日) and contact lines are left to the lists they make.
 */
export function labelledSections(nodes: readonly BlockContent[]): { sections: NoticeSection[]; count: number } | undefined {
  const sections: NoticeSection[] = [];
  let index = 0;
  while (index < nodes.length) {
    const node = nodes[index]!;
    const value = toString(node).trim();
    const label = runInLabel.exec(value)?.[0];
    if (node.type !== 'paragraph' || !label || isContactLine(value)) break;
    const [heading, rest] = splitPhrasing(node.children, toString(node).indexOf(label) + label.length);
    const section: NoticeSection = { type: 'noticeSection', level: 3, label: '', heading, children: [], ...(node.position ? { position: node.position } : {}) };
    if (value === label) {
      // Items of one kind (① ② …, or 1. 2. …): a number of another kind is not theirs.
      const kind = numberKind(toString(nodes[index + 1] ?? { type: 'text', value: '' }));
      let end = index + 1;
      while (end < nodes.length && kind !== undefined && numberKind(toString(nodes[end]!)) === kind) end++;
      if (end - index - 1 < 2) break;
      section.children = nodes.slice(index + 1, end);
      const position = spanning(node.position, nodes[end - 1]!.position);
      if (position) section.position = position;
      index = end;
    } else {
      // A rule is a sentence; a field's value (2025年6月9日) is not.
      if (!/[。！？；;]$/u.test(value)) break;
      section.children = [{ type: 'paragraph', children: rest }];
      index++;
    }
    sections.push(section);
  }
  return sections.length >= 2 ? { sections, count: index } : undefined;
}

/** The kind of number a paragraph starts with: a section level (1 一、 … 4 （1）), 0 for ① ⑴, undefined for none. */
function numberKind(value: string): number | undefined {
  if (!startsWithNumber(value)) return undefined;
  return readNumbering(value.trimStart())?.level ?? 0;
}
