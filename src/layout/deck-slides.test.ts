import { toString } from 'hast-util-to-string';
import { describe, expect, it } from 'vitest';
import { planNotice } from '../plan/test-notice.js';
import { deckSlides } from './deck-slides.js';

const long = (sentences: number) => Array.from({ length: sentences }, (_, i) => `各级团组织要认真学习贯彻讲话精神，切实把思想和行动统一到要求上来第${i}条。`).join('');

describe('deckSlides', () => {
  it('gives every planned slide its index, layout, notes as hast and source line; the divider its section', async () => {
    const { deck } = await planNotice(`导语。\n\n# 一、第一部分，要点。\n\n${long(10)}\n\n# 二、第二部分\n\n短。`);
    const slides = deckSlides(deck);
    expect(slides.map((slide) => slide.index)).toEqual(deck.children.map((_, index) => index));
    expect(slides.map((slide) => slide.layout)).toEqual(deck.children.map((slide) => slide.layout));
    // One divider, for the long section; its title as the slide shows it, without the closing 。.
    expect(slides.filter((slide) => slide.sectionTitle).map((slide) => [slide.layout, slide.sectionTitle])).toEqual([['section', '一、第一部分，要点']]);
    const cover = slides[0]!;
    expect(cover).toMatchObject({ layout: 'cover', fromBody: false });
    expect(cover.sourceLine).toBeUndefined();
    const divider = slides.find((slide) => slide.sectionTitle)!;
    expect(divider.fromBody).toBe(true);
    // Front matter on lines 1–5, a blank line, the lead, a blank line, then the heading.
    expect(divider.sourceLine).toBe(9);
    expect(toString({ type: 'root', children: divider.notes })).toBe('一、第一部分，要点。');
  });
});
