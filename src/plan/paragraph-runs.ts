import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { contactBlockLength } from '../text/contact.js';
import { contactSlide, contactTitle } from './contact-slides.js';
import { headedSections, isHeadingParagraph, labelledSections } from './headed-paragraphs.js';
import { paragraph } from './mdast.js';
import { spanning } from './packing.js';
import type { PlanContext } from './plan-context.js';
import { proseSlides } from './prose.js';
import { runWhile } from './section-kinds.js';
import { isListItem, shortLineSlides } from './short-lines.js';
import { subsectionSlides } from './subsections.js';

/**
 * Consecutive paragraphs: from heading lines with text under them on (第一阶段：… / its text), and
 * paragraphs of rules that start with labels (报名办法：…), as subsections; contact lines together on a 联系方式 slide, three or more one-line paragraphs
 * (topics by month, a list of titles) on list slides, and the rest by their content.
 */
export function paragraphRuns(context: PlanContext, nodes: BlockContent[], title: string): void {
  const headed = nodes.findIndex((node, index) => isHeadingParagraph(node) && headedSections(nodes.slice(index)));
  if (headed >= 0) {
    if (headed > 0) paragraphRuns(context, nodes.slice(0, headed), title);
    subsectionSlides(context, headedSections(nodes.slice(headed))!, title);
    return;
  }
  for (let labelled = 0; labelled < nodes.length; labelled++) {
    const found = labelledSections(nodes.slice(labelled));
    if (!found) continue;
    if (labelled > 0) paragraphRuns(context, nodes.slice(0, labelled), title);
    subsectionSlides(context, found.sections, title);
    paragraphRuns(context, nodes.slice(labelled + found.count), title);
    return;
  }
  const texts = nodes.map((node) => toString(node));
  let plainStart = 0;
  const flushPlain = (end: number) => {
    if (end > plainStart) proseSlides(context, nodes.slice(plainStart, end), title);
  };
  for (let i = 0; i < nodes.length; ) {
    const contact = contactBlockLength(texts, i);
    const short = contact === 0 ? runWhile(texts, i, isListItem) : 0;
    if (contact === 0 && short < 3) {
      i++;
      continue;
    }
    flushPlain(i);
    const run = nodes.slice(i, i + (contact || short));
    if (contact > 0) contactSlide(context, texts.slice(i, i + contact), contactTitle, run.map((node) => paragraph(toString(node))), spanning(run[0]!.position, run.at(-1)!.position));
    else shortLineSlides(context, run, title);
    i += contact || short;
    plainStart = i;
  }
  flushPlain(nodes.length);
}
