import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Position } from 'unist';
import { fitText, linesNeeded } from '../text/fit.js';
import type { Slide } from './deck.js';
import { cardSlides } from './card-slides.js';
import { paragraph, text } from './mdast.js';
import { consecutiveRun, packEvenly, spanning } from './packing.js';
import { sharedLead } from './parallel.js';
import type { PlanContext } from './plan-context.js';
import { cutInto, highlightContent, sentencesOf, type Sentence } from './sentence.js';
import { bulletList, slide } from './slides.js';

/** Paragraphs of prose as slides: a key point and points, a statement, or cards for parallel text. */

/** Paragraphs of prose: those that share a lead ("必须坚持…" ×4) become cards. */
export function proseSlides(context: PlanContext, nodes: BlockContent[], title: string): void {
  const texts = nodes.map((node) => toString(node));
  const shared = sharedLead(texts);
  const run = shared && consecutiveRun(shared.indices);
  if (!shared || !run) {
    for (const node of nodes) paragraphSlides(context, node, title);
    return;
  }
  const [from, to] = run;
  for (const node of nodes.slice(0, from)) paragraphSlides(context, node, title);
  cardSlides(context, texts.slice(from, to + 1), shared.lead, title, spanning(nodes[from]!.position, nodes[to]!.position));
  proseSlides(context, nodes.slice(to + 1), title);
}

/** One paragraph: parallel sentences within it become cards, the rest points. */
function paragraphSlides(context: PlanContext, node: BlockContent, title: string): void {
  const sentences = node.type === 'paragraph' ? sentencesOf(node.children) : sentencesOf([text(toString(node))]);
  const texts = sentences.map((sentence) => sentence.text);
  const shared = sentences.length >= 3 ? sharedLead(texts) : undefined;
  if (!shared) {
    pointSlides(context, sentences, node.position, title);
    return;
  }
  const starts = shared.indices;
  const before = sentences.slice(0, starts[0]);
  if (before.length > 0) pointSlides(context, before, node.position, title);
  const items = starts.map((start, k) => texts.slice(start, starts[k + 1] ?? texts.length).join(''));
  cardSlides(context, items, shared.lead, title, node.position);
}

/**
 * Sentences as points slides: the first, when short enough, is the key point; every slide's
 * notes are exactly the sentences it shows.
 */
export function pointSlides(context: PlanContext, sentences: Sentence[], position: Position | undefined, title: string): void {
  const { lines: maxLines, chars } = context.body;
  const statement = context.budget('quote', 'body');
  const whole = sentences.map((sentence) => sentence.text).join('');
  // A paragraph that leads into what follows (…召开。现将有关事项通知如下：) is one statement too: its lead-in alone is no point.
  const leadsIn = /[：:]$/u.test(whole.trim());
  if ((sentences.length === 1 || leadsIn) && linesNeeded(whole, statement.chars) <= statement.lines) {
    // A paragraph of one sentence is a statement: set it large, on a slide of its own.
    const content = sentences.flatMap((sentence) => sentence.content);
    context.push(slide('quote', { title: [text(title)], body: [paragraph(highlightContent(content))] }, [paragraph(whole)], position));
    return;
  }
  const keyFits = sentences.length >= 2 && linesNeeded(sentences[0]!.text, chars) <= 2;
  const key = keyFits ? sentences[0] : undefined;
  const keyLines = key ? linesNeeded(key.text, chars) + 1 : 0;
  // Pieces of a long sentence fit beside the key point, so no slide shows the key point alone.
  const points = (keyFits ? sentences.slice(1) : sentences).flatMap((sentence) =>
    cutInto(sentence.content, fitText(sentence.text, { lines: maxLines - Math.max(keyLines, 1), chars: chars - 1 })),
  );
  const pointLines = points.map((point) => linesNeeded(point.text, chars - 1));
  const groups = packEvenly(pointLines, keyLines, maxLines);
  groups.forEach((group, index) => {
    const shown = group.map((i) => points[i]!);
    const withKey = index === 0 ? key : undefined;
    const single = shown.length === 1 && !withKey && sentences.length === 1;
    const slots: Slide['slots'] = { title: [text(title)], ...(withKey ? { key: [paragraph(highlightContent(withKey.content))] } : {}) };
    if (shown.length > 0) {
      slots.body = [single ? paragraph(highlightContent(shown[0]!.content)) : bulletList(shown.map((point) => highlightContent(point.content)))];
    }
    context.push(slide('points', slots, [paragraph([withKey?.text ?? '', ...shown.map((point) => point.text)].join(''))], position));
  });
}
