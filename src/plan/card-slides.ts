import type { PhrasingContent } from 'mdast';
import type { Position } from 'unist';
import type { TextBudget } from '../text/fit.js';
import { paragraph, text } from './mdast.js';
import { evenGroups } from './packing.js';
import { corePhrase } from './parallel.js';
import type { PlanContext } from './plan-context.js';
import { bulletList, slide } from './slides.js';

/** Parallel items as cards (要深刻领会… ×6): their shared lead once, each card its own phrase. */

export const cardsPerSlide = 6;

/**
 * How much text a card holds, in em: the layout's budget is for three columns; up to four cards
 * are set in two, each half as wide again.
 */
export function cardBudget(context: PlanContext, cards: number): TextBudget {
  const columns = cards <= 4 ? 2 : 3;
  return { lines: context.card.lines, chars: Math.floor((context.card.chars * 3) / columns) };
}

/** Parallel items as cards with their shared lead shown once, at most six to a slide. */
export function cardSlides(context: PlanContext, items: string[], lead: string, title: string, position: Position | undefined): void {
  for (const group of evenGroups(items, cardsPerSlide)) {
    const budget = cardBudget(context, group.length);
    const cards = group.map((item) => [{ type: 'strong', children: [text(corePhrase(item, lead, budget.lines * (budget.chars - 1)))] } satisfies PhrasingContent]);
    context.push(slide('cards', { title: [text(title)], ...(lead ? { lead: [paragraph(`${lead}……`)] } : {}), cards: [bulletList(cards)] }, [paragraph(group.join(''))], position));
  }
}
