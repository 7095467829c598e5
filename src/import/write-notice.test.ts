import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { noticeMarkdown } from './write-notice.js';

/** notice.md's body as Markdown with GFM reads it. */
function readBack(markdown: string): { body: Root['children'] } {
  const tree = unified().use(remarkParse).use(remarkGfm).parse(markdown.slice(markdown.indexOf('\n---\n\n') + 6)) as Root;
  return { body: tree.children };
}

describe('noticeMarkdown', () => {
  it('writes the fields in the schema’s order, quoting what YAML needs quoted', () => {
    const markdown = noticeMarkdown({ title: '[紧急] 关于做好防汛工作的通知: 第二号', issuer: '团委', date: '2024-05-06', cc: ['甲'] }, ['正文。']);
    expect(markdown).toBe('---\nissuer: 团委\ntitle: "[紧急] 关于做好防汛工作的通知: 第二号"\ndate: 2024-05-06\ncc:\n  - 甲\n---\n\n正文。\n');
  });

  it('makes level-1 headings `#` and keeps text that looks like Markdown as text', () => {
    const markdown = noticeMarkdown({ issuer: '团委', title: '通知' }, [
      '一、总体要求',
      '一、提高认识。各级团组织要高度重视。',
      '1. 制定学习计划',
      '- 注意事项',
      '---',
      '每组3~5人，*号为必填项，<!-- 注释 -->，&amp;',
    ]);
    expect(markdown.slice(markdown.indexOf('\n---\n\n') + 6)).toBe(
      '# 一、总体要求\n\n一、提高认识。各级团组织要高度重视。\n\n1\\. 制定学习计划\n\n\\- 注意事项\n\n\\---\n\n每组3\\~5人，\\*号为必填项，\\<!-- 注释 -->，\\&amp;\n',
    );
  });

  it('writes an attachment’s own text after the body, under its title as a level-1 heading', () => {
    const markdown = noticeMarkdown({ issuer: '团委', title: '通知' }, ['现将方案印发给你们。'], { title: '学习方案*试行*', paragraphs: ['一、总体要求', '各团支部要认真学习。'] });
    expect(markdown.slice(markdown.indexOf('\n---\n\n') + 6)).toBe('现将方案印发给你们。\n\n# 学习方案\\*试行\\*\n\n# 一、总体要求\n\n各团支部要认真学习。\n');
  });

  it('writes rows typed with bars as a GFM table that reads back as one, cells as text', () => {
    const markdown = noticeMarkdown({ issuer: '团委', title: '通知' }, ['五、各学院名额分配', '学院 | 名额 |', '文学院 | 40 |', '*艺术*学院 | 25 |']);
    expect(markdown.slice(markdown.indexOf('\n---\n\n') + 6)).toBe('# 五、各学院名额分配\n\n| 学院 | 名额 |\n| --- | --- |\n| 文学院 | 40 |\n| \\*艺术\\*学院 | 25 |\n');
    const { body } = readBack(markdown);
    const table = body.find((node) => node.type === 'table');
    expect(table?.type === 'table' && table.children.map((row) => row.children.map((cell) => toString(cell)))).toEqual([['学院', '名额'], ['文学院', '40'], ['*艺术*学院', '25']]);
  });

  it('refuses to write front matter the notice schema rejects', () => {
    expect(() => noticeMarkdown({ issuer: '团委', title: '通知', number: '某发[2024]3号' }, ['正文。'])).toThrow(/notice schema rejects/u);
  });
});
