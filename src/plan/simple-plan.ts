import type { Heading, List, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import type { VFile } from 'vfile';
import { layoutNamed, type Layout } from '../layout/layouts.js';
import { formatChineseDate, type NoticeMetadata } from '../notice/metadata.js';
import { fitText, linesNeeded, type TextBudget } from '../text/fit.js';
import { splitClauses } from '../text/sentences.js';
import { textWidth } from '../text/width.js';
import type { Deck, Slide } from './deck.js';
import { paragraph, text } from './mdast.js';

export interface PlanOptions {
  layouts: Map<string, Layout>;
}

const sectionNumber = /^([一二三四五六七八九十百零]+)、\s*/u;

/**
 * The first slide plan: cover, a divider for each level-1 section, the body cut into slides that
 * fit, a closing slide. It reads only Markdown structure; recognising the notice's own numbering
 * and planning a study deck replace this module later.
 */
export function remarkSimplePlan(options: PlanOptions) {
  return (tree: Root, file: VFile): Deck => {
    const metadata = file.data.notice;
    if (!metadata) throw new Error('remarkSimplePlan needs remarkNoticeFrontMatter before it');
    const budget = slotBudget(options.layouts, 'points', 'body');
    const titleBudget = slotBudget(options.layouts, 'points', 'title');

    const content = tree.children.filter((node) => node.type !== 'html' && node.type !== 'thematicBreak');
    if (content.length === 0) {
      file.fail('the notice has no body: write its text below the front matter', { line: tree.position?.end.line ?? 1, column: 1 });
    }

    const slides: Slide[] = [coverSlide(metadata)];
    let title = '导语';
    let pendingHeading: { node: Heading; lines: number } | undefined;

    const pushContent = (nodes: RootContent[], position?: Position, lines = 0) => {
      const lead = pendingHeading && pendingHeading.lines + lines <= budget.lines ? pendingHeading : undefined;
      if (pendingHeading && !lead) pushContent([subheading(pendingHeading.node)], pendingHeading.node.position);
      const body = lead ? [subheading(lead.node), ...nodes] : nodes;
      pendingHeading = undefined;
      slides.push(slide('points', { title: [text(title)], body }, body, lead?.node.position ?? position));
    };

    for (const node of content) {
      if (node.type === 'heading' && node.depth === 1) {
        if (pendingHeading) pushContent([]);
        const heading = toString(node);
        const number = sectionNumber.exec(heading);
        const rest = number ? heading.slice(number[0].length) : heading;
        slides.push(slide('section', { ...(number ? { number: [text(`${number[1]}、`)] } : {}), title: [text(rest)] }, [node], node.position));
        title = shortTitle(heading, rest, number?.[1], titleBudget);
      } else if (node.type === 'heading') {
        if (pendingHeading) pushContent([]);
        pendingHeading = { node, lines: linesNeeded(toString(node), budget.chars) };
      } else if (node.type === 'paragraph') {
        const value = toString(node);
        const pieces = fitText(value, budget);
        if (pieces.length === 1) pushContent([node], node.position, linesNeeded(value, budget.chars));
        else for (const piece of pieces) pushContent([paragraph(piece)], node.position, linesNeeded(piece, budget.chars));
      } else if (node.type === 'list') {
        for (const part of splitList(node, budget)) pushContent([part.list], node.position, part.lines);
      } else {
        pushContent([node], node.position, budget.lines);
      }
    }
    if (pendingHeading) pushContent([]);
    slides.push(closingSlide(metadata));
    return { type: 'deck', metadata, children: slides };
  };
}

/** A list cut between items into lists that each fit the budget; numbering continues. */
function splitList(list: List, budget: TextBudget): { list: List; lines: number }[] {
  const parts: { list: List; lines: number }[] = [];
  let start = list.start ?? 1;
  for (const item of list.children) {
    const lines = linesNeeded(toString(item), budget.chars - 2);
    const current = parts.at(-1);
    if (current && current.lines + lines <= budget.lines) {
      current.list.children.push(item);
      current.lines += lines;
    } else {
      parts.push({ list: { ...list, ...(list.ordered ? { start } : {}), children: [item] }, lines });
    }
    start++;
  }
  return parts;
}

function slotBudget(layouts: Map<string, Layout>, layoutName: string, slotName: string): TextBudget {
  const budget = layoutNamed(layouts, layoutName).slots.get(slotName)?.budget;
  if (!budget) throw new Error(`layout ${layoutName} declares no text budget for slot ${slotName}`);
  return budget;
}

/** A content slide's title: the section's first clause when it fits on one line, else its number. */
function shortTitle(heading: string, rest: string, number: string | undefined, budget: TextBudget): string {
  const firstClause = (splitClauses(rest)[0] ?? rest).replace(/[，、：,:；;。]$/u, '');
  const candidate = number ? `${number}、${firstClause}` : firstClause;
  if (textWidth(candidate) <= budget.chars * budget.lines) return candidate;
  return number ? `第${number}部分` : heading.slice(0, budget.chars);
}

function subheading(node: Heading): RootContent {
  return paragraph([{ type: 'strong', children: node.children }]);
}

function slide(layout: string, slots: Slide['slots'], notes: RootContent[], position?: Position): Slide {
  return { type: 'slide', layout, slots, notes, ...(position ? { position } : {}) };
}

function coverSlide(metadata: NoticeMetadata): Slide {
  return slide(
    'cover',
    {
      issuer: [text(metadata.issuer)],
      title: [text(metadata.title)],
      ...(metadata.number ? { number: [text(metadata.number)] } : {}),
      ...(metadata.date ? { date: [text(formatChineseDate(metadata.date))] } : {}),
    },
    [paragraph(metadata.title)],
  );
}

function closingSlide(metadata: NoticeMetadata): Slide {
  const signature = metadata.signature ?? metadata.issuer;
  const date = metadata.date ? formatChineseDate(metadata.date) : undefined;
  return slide(
    'closing',
    { title: [text('谢谢')], signature: [text(signature)], ...(date ? { date: [text(date)] } : {}) },
    [paragraph(date ? `${signature}　${date}` : signature)],
  );
}
