import { readFileSync } from 'node:fs';
import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { deckFaceTexts } from './deck-text-styles.js';
import { matchingFace } from './face-texts.js';
import { deckFontFaces } from './faces.js';

const base = readFileSync(new URL('../../templates/base.css', import.meta.url), 'utf8');
const theme = (name: string) => readFileSync(new URL(`../../templates/themes/${name}.css`, import.meta.url), 'utf8');
const section = readFileSync(new URL('../../templates/layouts/section.css', import.meta.url), 'utf8');

// A small deck page as the layouts write it: a content slide with a title, body text, bold and a term, a divider, notes.
const deck = {
  type: 'root' as const,
  children: [
    h('div.reveal', [
      h('div.slides', [
        h('section.layout-points', [
          h('div.slide-frame', [h('header.slide-header', [h('h2.slide-title', '学习要点')]), h('p', ['正文', h('strong', '重点'), h('mark.term', '术语')])]),
          h('aside.notes', [h('p', ['讲稿', h('strong', '强调')])]),
        ]),
        h('section.layout-section', [h('div.slide-frame', [h('div.section-number', '一'), h('h2.section-title', '总体要求')])]),
      ]),
    ]),
  ],
};

const [sans400, sans700, serif700] = deckFontFaces;
const sorted = (text: string | undefined) => [...new Set(text ?? '')].sort().join('');

describe('deckFaceTexts', () => {
  it('gives the serif bold the titles, the sans bold what is bold, the sans regular the rest and the notes', () => {
    const texts = deckFaceTexts(deck, [base, theme('formal'), section], '/');
    expect(sorted(texts.get(serif700))).toBe(sorted('/学习要点一总体求'));
    expect(sorted(texts.get(sans700))).toBe(sorted('/重点术语强调'));
    expect(sorted(texts.get(sans400))).toBe(sorted('/正文讲稿'));
  });

  it('follows a theme that sets titles in the sans: the serif draws nothing', () => {
    const texts = deckFaceTexts(deck, [base, theme('light'), section], '');
    expect(texts.get(serif700)).toBe('');
    expect(sorted(texts.get(sans700))).toBe(sorted('学习要点重点术语一总体求强调'));
  });

  it('passes a character the first family has no glyph for to the next', () => {
    // The serif's chunks claim no private-use character; the sans is next in --font-title.
    const texts = deckFaceTexts({ type: 'root', children: [h('div.reveal', [h('h2.slide-title', '题\u{e000}')])] }, [base, theme('formal')], '');
    expect(texts.get(serif700)).toBe('题\u{e000}');
    expect(texts.get(sans700)).toBe('\u{e000}');
  });
});

describe('matchingFace', () => {
  it('picks weights as browsers do', () => {
    expect([100, 400, 500, 600, 900].map((weight) => matchingFace('Noto Sans SC', weight).weight)).toEqual([400, 400, 400, 700, 700]);
    expect(matchingFace('Noto Serif SC', 400)).toBe(serif700);
  });
});
