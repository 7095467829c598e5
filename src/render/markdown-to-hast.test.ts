import { toHtml } from 'hast-util-to-html';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { markdownToHast } from './markdown-to-hast.js';

const render = (markdown: string) => toHtml(markdownToHast(unified().use(remarkParse).parse(markdown).children));

describe('markdownToHast', () => {
  it('keeps harmless HTML and Markdown formatting', () => {
    expect(render('**重点**<br>下一行')).toBe('<p><strong>重点</strong><br>下一行</p>');
  });

  it('removes script, event handlers and javascript: links from the notice', () => {
    const html = render('正文<script>alert(1)</script><img src="x.png" onerror="alert(2)">[链接](javascript:alert(3))');
    expect(html).not.toMatch(/script|onerror|javascript:/);
    expect(html).toContain('正文');
  });
});
