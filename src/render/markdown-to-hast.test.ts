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

describe('the markup notice-deck adds', () => {
  it('keeps highlighted terms and the long-title class, and nothing else of the kind', async () => {
    const { highlight } = await import('../plan/highlight.js');
    const html = toHtml(markdownToHast([{ type: 'paragraph', children: highlight('构建“互联网+共青团”工作格局') }]));
    expect(html).toBe('<p>构建<mark class="term">“互联网+共青团”</mark>工作格局</p>');
    const long = { type: 'emphasis' as const, data: { hName: 'span', hProperties: { className: ['long-title'] } }, children: [{ type: 'text' as const, value: '标题' }] };
    expect(toHtml(markdownToHast([{ type: 'paragraph', children: [long] }]))).toBe('<p><span class="long-title">标题</span></p>');
    const userMark = render('<mark class="evil" onclick="x()">词</mark>');
    expect(userMark).toMatch(/^<p><mark[^>]*>词<\/mark><\/p>$/);
    expect(userMark).not.toMatch(/evil|onclick/);
  });

  it('keeps the classes of an overview row, a wide one too (the notice has no raw HTML to reparse them)', async () => {
    const { rowList } = await import('../plan/overview.js');
    const html = toHtml(markdownToHast([rowList([{ label: '时间', lines: ['5月4日'] }, { label: '', lines: ['全体团员参加'] }])]));
    expect(html).toContain('<span class="row-label">时间</span><span class="row-content">5月4日</span>');
    expect(html).toContain('<span class="row-content row-wide">全体团员参加</span>');
  });
});
