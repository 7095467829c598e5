import type { BlockContent, PhrasingContent, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isNoticeSection, type NoticeSection } from '../recognise/notice-section.js';
import { startsWithNumber } from '../recognise/numbering.js';
import { linesNeeded, type TextBudget } from '../text/fit.js';
import { textWidth } from '../text/width.js';
import type { Slide } from './deck.js';
import { cardBudget, cardsPerSlide } from './card-slides.js';
import { contactLinesSlide, trailingContact } from './contact-slides.js';
import { paragraph, text } from './mdast.js';
import { evenGroups, packNested, spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { smallSectionRun } from './section-kinds.js';
import { bodyText, headingText, sectionText } from './section-text.js';
import { highlightContent } from './sentence.js';
import { indentPerDepth } from './list-items.js';
import { bulletList, slide } from './slides.js';

/** Small subsections of one section (（一）高度重视 （二）…): cards, or a list of bold headings and their text. */

/** A short sentence that introduces small parallel subsections ("按照以下步骤进行：") heads their cards. */
export function leadsIntoCards(context: PlanContext, node: BlockContent & { type: 'paragraph' }, nodes: RootContent[], index: number): boolean {
  return textWidth(toString(node)) <= context.body.chars && smallSectionRun(nodes, index + 1) >= 2;
}

/**
 * Small subsections of one section: cards when there are three or more and every card can show
 * its heading and the text under it, otherwise a list (a heading in bold, its text after it) on as few
 * slides as it needs, so no subsection has a slide of its own for a line.
 */
export function subsectionSlides(context: PlanContext, sections: NoticeSection[], title: string, lead?: BlockContent): void {
  // Contact lines at the end of the last subsection belong to the notice, not to that item.
  const split = trailingContact(sections.at(-1)!);
  if (split) {
    subsectionSlides(context, [...sections.slice(0, -1), split.rest], title, lead);
    contactLinesSlide(context, split.contact);
    return;
  }
  // A card is a heading and its text: items that are only a line each are a list.
  const cardsFit = evenGroups(sections, cardsPerSlide).every((group) => group.every((section) => bodyText(section) && cardOf(section, cardBudget(context, group.length))));
  if (sections.length >= 3 && cardsFit) {
    subsectionCards(context, sections, title, lead);
    return;
  }
  const { lines: maxLines, chars } = context.body;
  const entries = listEntries(sections);
  const items = entries.map(({ heading, lines: texts, depth }, index) => {
    const body = texts.join('');
    const width = chars - 1 - depth * indentPerDepth;
    if (!heading) return { text: body, content: texts.flatMap((line, index) => [...(index > 0 ? [{ type: 'break' } as PhrasingContent] : []), text(line)]), lines: texts.reduce((sum, line) => sum + linesNeeded(line, width), 0), depth };
    // A heading with no stop to end it (第一阶段：宣传动员（12月8日）) was a line of its own: so it stays, above its text.
    // Its paragraphs then keep their lines too (一等奖3名，…； / 二等奖6名，…；).
    const apart = body !== '' && !/[。！？；：:，]$/u.test(heading);
    const strong = { type: 'strong', children: [text(heading)] } as PhrasingContent;
    const lines = apart ? texts : [body];
    return {
      text: heading + body,
      // A heading with items under it (1.院级重点团队: / （1）…) is bold as a heading with its text is.
      content: body ? [strong, ...lines.flatMap((line) => [...(apart ? [{ type: 'break' } as PhrasingContent] : []), text(line)])] : [depth < (entries[index + 1]?.depth ?? 0) ? strong : text(heading)],
      lines: (apart ? linesNeeded(heading, width) : 0) + lines.reduce((sum, line, index) => sum + linesNeeded(index === 0 && !apart ? heading + line : line, width), 0),
      depth,
    };
  });
  const leadText = lead ? toString(lead) : '';
  const leadLines = lead ? linesNeeded(leadText, chars) + 1 : 0;
  const groups = packNested(items.map((item) => item.lines), items.map((item) => item.depth), leadLines, maxLines);
  groups.forEach((group, index) => {
    const withLead = index === 0 && lead;
    const slots: Slide['slots'] = { title: [text(title)], body: [bulletList(group.map((i) => highlightContent(items[i]!.content)), group.map((i) => items[i]!.depth))] };
    if (withLead) slots.key = [paragraph(leadText)];
    const notes = [...(withLead ? [paragraph(leadText)] : []), ...group.map((i) => paragraph(items[i]!.text))];
    const shown = group.map((i) => sections[entries[i]!.section]!);
    context.push(slide('points', slots, notes, spanning(withLead ? lead.position : shown[0]!.position, shown.at(-1)!.position)));
  });
}

/**
 * A section two levels deep or more ((一)…阶段 / 1.院级重点团队: / (1)申报材料:) as one list of its
 * subsections and theirs, in reading order, each with its own text only: so the slides keep the
 * section's title, and every heading below it shows above its text instead of becoming a title that
 * hides the one above it. Undefined when the section is not that deep, or an item would not fit a slide.
 */
export function deepOutline(section: NoticeSection, budget: TextBudget): NoticeSection[] | undefined {
  const subsections = section.children.filter(isNoticeSection);
  if (!subsections.some((child) => child.children.some(isNoticeSection))) return undefined;
  const flat = (parent: NoticeSection): NoticeSection[] =>
    parent.children.filter(isNoticeSection).flatMap((child) => [{ ...child, children: child.children.filter((node) => !isNoticeSection(node)) }, ...flat(child)]);
  const items = flat(section);
  return items.every((item) => linesNeeded(sectionText(item), budget.chars - 1) <= budget.lines) ? items : undefined;
}

/** A line of the list of subsections: a heading and the lines of text under it, or numbered lines of their own (① …). */
interface ListEntry {
  heading: string;
  lines: string[];
  depth: number;
  /** The index of the subsection it comes from. */
  section: number;
}

/**
 * Subsections as list entries, each as deep as it is nested among them (a （1） after a 1. after a
 * （一）). Paragraphs of a subsection that carry numbers of their own (① … ② …), two or more, are
 * entries one level deeper, each with the unnumbered paragraphs after it.
 */
function listEntries(sections: NoticeSection[]): ListEntry[] {
  const depths = nestingDepths(sections);
  return sections.flatMap((section, index) => {
    const depth = depths[index]!;
    const texts = section.children.map((child) => (isNoticeSection(child) ? sectionText(child) : toString(child)));
    const own: ListEntry = { heading: section.label + headingText(section), lines: [], depth, section: index };
    const numbered = section.children.filter((child, at) => !isNoticeSection(child) && startsWithNumber(texts[at]!)).length;
    if (numbered < 2) return [{ ...own, lines: texts }];
    const entries = [own];
    section.children.forEach((child, at) => {
      const value = texts[at]!;
      if (!isNoticeSection(child) && startsWithNumber(value)) entries.push({ heading: '', lines: [value], depth: depth + 1, section: index });
      else entries.at(-1)!.lines.push(value);
    });
    return entries;
  });
}

/** How deep each section is nested under the ones before it, by their levels: 0 for the outermost. */
export function nestingDepths(sections: readonly NoticeSection[]): number[] {
  const open: number[] = [];
  return sections.map((section) => {
    while (open.length > 0 && open.at(-1)! >= section.level) open.pop();
    open.push(section.level);
    return open.length - 1;
  });
}

/** A subsection as a card: its heading whole, and its text when the card holds both; undefined when it does not. */
function cardOf(section: NoticeSection, budget: TextBudget): PhrasingContent[] | undefined {
  const heading = (section.label + headingText(section)).replace(/[。：:；，]$/u, '');
  const body = bodyText(section);
  const headingLines = linesNeeded(heading, budget.chars);
  if (headingLines > 2) return undefined;
  if (body && headingLines + linesNeeded(body, budget.chars) > budget.lines) return undefined;
  return [{ type: 'strong', children: [text(heading)] }, ...(body ? [{ type: 'break' } as const, text(body)] : [])];
}

/** Small parallel subsections as cards, each with its heading and its text. */
function subsectionCards(context: PlanContext, sections: NoticeSection[], title: string, lead?: BlockContent): void {
  for (const [index, group] of evenGroups(sections, cardsPerSlide).entries()) {
    const withLead = index === 0 ? lead : undefined;
    const budget = cardBudget(context, group.length);
    const cards = group.map((section) => cardOf(section, budget)!);
    const slots: Slide['slots'] = { title: [text(title)], cards: [bulletList(cards)] };
    if (withLead) slots.lead = [paragraph(toString(withLead))];
    const notes = [...(withLead ? [paragraph(toString(withLead))] : []), ...group.map((section) => paragraph(sectionText(section)))];
    context.push(slide('cards', slots, notes, spanning(withLead?.position ?? group[0]!.position, group.at(-1)!.position)));
  }
}
