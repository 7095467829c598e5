import { h } from 'hastscript';
import { describe, expect, it } from 'vitest';
import { drawnTexts } from './drawn-texts.js';
import { textStyles } from './font-cascade.js';

const page = h('div.reveal', [h('h2.slide-title', '标题'), h('p', ['正文', h('strong', '加粗'), h('mark.term', '术语')]), h('p.quote', '引文')]);
const root = { type: 'root' as const, children: [page] };

const css = `
.reveal { --font-body: 'Body Sans', serif; --font-title: 'Title Serif', var(--font-body); font-family: var(--font-body); }
.reveal p, .reveal h2 { font-weight: 700; }
.reveal p { font-weight: 400; }
.reveal .slide-title { font-family: var(--font-title); }
.reveal .quote { font-family: 'Quote'; font-weight: 300; }
.reveal mark.term { font-weight: bolder; }
`;

/** Each text with its families and weights. */
function styles(stylesheets: string[]) {
  const texts = drawnTexts(root);
  return textStyles(root, stylesheets).map((style, index) => [texts[index], [...style.fontFamilies], [...style.fontWeights].sort(), style.unknown]);
}

describe('textStyles', () => {
  it('follows specificity, order, inheritance, custom properties and the browser’s own bold', () => {
    expect(styles([css])).toEqual([
      ['标题', ["'Title Serif', 'Body Sans', serif"], [700], false],
      ['正文', ["'Body Sans', serif"], [400], false],
      ['加粗', ["'Body Sans', serif"], [700], false],
      ['术语', ["'Body Sans', serif"], [700], false],
      ['引文', ["'Quote'"], [300], false],
    ]);
  });

  it('adds what a rule that only may apply would give, beside what applies anyway', () => {
    const [title] = styles([css, '@media print { .reveal h2 { font-weight: 400 } } .reveal section.present h2, .reveal h2:hover { font-family: Other }']);
    expect(title).toEqual(['标题', ['Other', "'Title Serif', 'Body Sans', serif"], [400, 700], false]);
  });

  it('gives up on the font shorthand: any face may draw the text', () => {
    expect(styles([css, '.reveal .quote { font: bold 20px Quote }']).at(-1)?.[3]).toBe(true);
  });
});
