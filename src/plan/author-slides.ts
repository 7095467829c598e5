import type { Html, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { layoutNamed, type Layout } from '../layout/layouts.js';
import { scaleBudget } from '../render/slide-size.js';
import { linesNeeded } from '../text/fit.js';
import { splitSentences } from '../text/sentences.js';
import type { Slide } from './deck.js';
import { cardSlides } from './card-slides.js';
import { readDirective, type Directive } from './directives.js';
import { text } from './mdast.js';
import { spanning } from './packing.js';
import { sharedLead } from './parallel.js';
import type { PlanContext } from './plan-context.js';
import { pointSlides } from './prose.js';
import { isPictureParagraph } from './section-kinds.js';
import { sentencesOf } from './sentence.js';
import { slide } from './slides.js';
import { tableSlides } from './table-slides.js';

/** What the author asked for: directives (`<!-- layout: … -->`, notes, skip) and slides between `---` breaks. */

/** Reads a directive into what the next block should get. */
export function applyDirective(context: PlanContext, node: Html): void {
  const directive: Directive | undefined = readDirective(node, context.file, [...context.layouts.keys()]);
  if (directive?.kind === 'layout') context.pending.layout = directive.layout;
  if (directive?.kind === 'notes') context.pending.notes.push(directive.notes);
  if (directive?.kind === 'skip') context.pending.skip = true;
}

/** A block the author gave a layout to (`<!-- layout: cards -->`). */
export function forcedLayoutSlide(context: PlanContext, node: RootContent, title: string): void {
  const layout = context.pending.layout!;
  delete context.pending.layout;
  if (layout === 'points' && node.type === 'paragraph') return pointSlides(context, sentencesOf(node.children), node.position, title);
  if (layout === 'table' && node.type === 'table') return tableSlides(context, node, title);
  if (layout === 'cards' && node.type === 'paragraph') {
    const sentences = splitSentences(toString(node));
    return cardSlides(context, sentences, sharedLead(sentences, 2)?.lead ?? '', title, node.position);
  }
  authorSlide(context, [node], title, layout);
}

/** The author's own slide: blocks between `---` breaks, shown as written. */
export function authorSlide(context: PlanContext, nodes: RootContent[], title: string, layoutName = context.pending.layout ?? 'points'): void {
  delete context.pending.layout;
  const layout = layoutNamed(context.layouts, layoutName);
  const slots: Slide['slots'] = {};
  // A layout with an image slot takes the paragraphs that hold only images there.
  const images = layout.slots.has('image') ? nodes.filter(isPictureParagraph) : [];
  const rest = nodes.filter((node) => !images.includes(node));
  if (images.length > 0) slots.image = images;
  const slotName = ['body', 'cards', 'items', 'topics', 'prompt', 'table'].find((name) => layout.slots.has(name));
  if (rest.length > 0) {
    if (!slotName) context.file.fail(`版式“${layoutName}”放不下文字：请换一个版式`, rest[0]?.position);
    slots[slotName] = rest;
    checkBudget(context, layout, slotName, rest);
  }
  if (title && layout.slots.has('title')) slots.title = [text(title)];
  context.push(slide(layoutName, slots, [...nodes], spanning(nodes[0]?.position, nodes.at(-1)?.position)));
}

/** The author's own slide is shown as written; say so when it holds more than its layout does. */
function checkBudget(context: PlanContext, layout: Layout, slotName: string, nodes: RootContent[]): void {
  const slot = layout.slots.get(slotName);
  if (!slot?.budget) return;
  const budget = scaleBudget(slot.budget, slot.sizeName, context.geometry);
  const lines = nodes.reduce((sum, node) => sum + (node.type === 'list' ? node.children.reduce((total, item) => total + linesNeeded(toString(item), budget.chars - 1), 0) : linesNeeded(toString(node), budget.chars)), 0);
  if (lines > budget.lines) {
    context.file.message(`这页幻灯片约有 ${lines} 行，版式“${layout.name}”只放得下 ${budget.lines} 行，可能会超出页面：请用 --- 分成几页`, nodes[0]?.position);
  }
}
