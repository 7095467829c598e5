import fc from 'fast-check';
import type { List } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { generatedNotice } from '../../tests/support/generated-notice.js';
import { linesNeeded } from '../text/fit.js';
import type { Deck, Slide } from './deck.js';
import { planNotice } from './test-notice.js';

const noSpace = (value: string) => value.replace(/\s+/gu, '');
const textOf = (nodes: Slide['notes'] | undefined) => toString({ type: 'root', children: nodes ?? [] });
const bodyNotes = (deck: Deck) => noSpace(deck.children.filter((slide) => slide.position).map((slide) => textOf(slide.notes)).join(''));

/** Lines of a points or statement slide's text, as the planner counts them at 1280×720. */
function linesOf(slide: Slide): number {
  const key = slide.slots.key ? linesNeeded(textOf(slide.slots.key), 35) + 1 : 0;
  const body = slide.slots.body?.[0];
  const items = body?.type === 'list' ? (body as List).children.map((item) => toString(item)) : [textOf(slide.slots.body)];
  return key + items.reduce((sum, item) => sum + linesNeeded(item, 34), 0);
}

describe('generated notices (1–15 sections, 0–40 items, headings of 2–60 characters)', () => {
  it('notes in order are the body; lists of sections fit; no slide is spent on what fits beside its neighbour', async () => {
    await fc.assert(
      fc.asyncProperty(generatedNotice, async (body) => {
        const { deck } = await planNotice(body);
        expect(bodyNotes(deck)).toBe(noSpace(body.replace(/^#+ /gmu, '')));
        for (const slide of deck.children) {
          if (slide.layout === 'agenda' || slide.layout === 'discussion') {
            const list = (slide.slots.items ?? slide.slots.topics)![0] as List;
            expect(list.children.length).toBeLessThanOrEqual(slide.layout === 'agenda' ? 8 : 5);
            for (const entry of list.children) expect(linesNeeded(toString(entry), slide.layout === 'agenda' ? 30 : 32)).toBe(1);
          }
        }
        const content = deck.children.filter((slide) => slide.position);
        content.slice(1).forEach((slide, index) => {
          const previous = content[index]!;
          const sameTitle = textOf(previous.slots.title) === textOf(slide.slots.title);
          const joinable = ['points', 'quote'].includes(previous.layout) && ['points', 'quote'].includes(slide.layout) && !slide.slots.key;
          if (sameTitle && joinable) expect(linesOf(previous) + linesOf(slide), `slides ${index + 1} and ${index + 2} fit on one`).toBeGreaterThan(8);
        });
      }),
      { numRuns: 120 },
    );
  });
});
