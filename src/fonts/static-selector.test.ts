import { describe, expect, it } from 'vitest';
import { staticSelectors } from './static-selector.js';

const onPage = new Set(['reveal', 'slides', 'slide-title', 'layout-section', 'fragment']);

describe('staticSelectors', () => {
  it('keeps a selector of the built page as it is, with its specificity', () => {
    expect(staticSelectors('.reveal .slide-title, h1#x', onPage)).toEqual([
      { selector: '.reveal .slide-title', maybe: false, specificity: [0, 2, 0] },
      { selector: 'h1#x', maybe: false, specificity: [1, 0, 1] },
    ]);
  });

  it('drops what reveal.js or the reader adds at run time, and the rule then only may apply', () => {
    expect(staticSelectors('.reveal section.present p:hover', onPage)).toEqual([{ selector: '.reveal section p', maybe: true, specificity: [0, 3, 2] }]);
    expect(staticSelectors('.reveal .slides > section:not(.present) .fragment.visible', onPage)).toEqual([
      { selector: '.reveal .slides > section .fragment', maybe: true, specificity: [0, 5, 1] },
    ]);
  });

  it('leaves out selectors no text of the page can match', () => {
    // A class of elements reveal.js makes, of a layout the deck does not use, and a pseudo-element's content.
    expect(staticSelectors('.reveal .slide-number, .reveal .cover-meeting, .reveal p::before', onPage)).toEqual([]);
  });

  it('counts :is and :not as their argument and :where as nothing', () => {
    expect(staticSelectors(':is(.reveal, #a) p:where(.slides)', onPage)?.[0]?.specificity).toEqual([1, 0, 1]);
  });

  it('says when it cannot read a selector', () => {
    expect(staticSelectors('p[', onPage)).toBeUndefined();
  });
});
