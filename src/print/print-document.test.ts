import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { h } from 'hastscript';
import { printDocument } from './print-document.js';

describe('printDocument', () => {
  it('is a Chinese HTML page with its styles in order, title and body text escaped', () => {
    const html = toHtml(printDocument({ title: '<学习会>', styles: ['a{}', 'b{}'], bodyClass: ['notes'], body: [h('p', '1 < 2 & 3')] }));
    expect(html).toBe(
      '<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>&#x3C;学习会></title><style>a{}</style><style>b{}</style></head>' +
        '<body class="notes"><p>1 &#x3C; 2 &#x26; 3</p></body></html>',
    );
  });

  it('leaves the body without a class unless one is given', () => {
    expect(toHtml(printDocument({ title: 't', styles: [], body: [] }))).toContain('<body></body>');
  });
});
