import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { VFileMessage } from 'vfile-message';
import { describe, expect, it } from 'vitest';
import { remarkNoticeFrontMatter } from './front-matter.js';

async function read(markdown: string) {
  const file = new VFile({ path: 'notice.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkNoticeFrontMatter);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

async function failure(markdown: string): Promise<VFileMessage> {
  try {
    await read(markdown);
  } catch (error) {
    if (error instanceof VFileMessage) return error;
    throw error;
  }
  throw new Error('expected the front matter to be rejected');
}

describe('remarkNoticeFrontMatter', () => {
  it('reads and normalises the metadata, and removes the front matter from the tree', async () => {
    const { tree, file } = await read(
      ['---', 'issuer: 共青团中央', 'number: 中青发〔2016〕9号', 'title: 关于X的通知', 'date: 2016年4月29日', 'cc: 团中央书记处各同志', 'printDate: 2016-05-04', '---', '', '正文。'].join('\n'),
    );
    expect(file.data.notice).toEqual({
      issuer: '共青团中央',
      number: '中青发〔2016〕9号',
      title: '关于X的通知',
      date: { year: 2016, month: 4, day: 29 },
      cc: ['团中央书记处各同志'],
      printDate: { year: 2016, month: 5, day: 4 },
    });
    expect(tree.children.map((node) => node.type)).toEqual(['paragraph']);
  });

  it('names an unknown field, its line and column, and the field meant', async () => {
    const error = await failure(['---', 'issuer: 共青团中央', 'title: 通知', 'tittle: 通知', '---', '正文'].join('\n'));
    expect(error.reason).toBe('unknown front-matter field `tittle`: did you mean `title`?');
    expect([error.line, error.column]).toEqual([4, 1]);
  });

  it('reports invalid YAML at its line', async () => {
    const error = await failure(['---', 'issuer: 共青团中央', 'title: [通知', '---', '正文'].join('\n'));
    expect(error.reason).toMatch(/^front matter is not valid YAML/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('reports a missing required field and a malformed value where it stands', async () => {
    expect((await failure(['---', 'issuer: 共青团中央', '---', '正文'].join('\n'))).reason).toBe('front-matter field `title` is required');
    const badNumber = await failure(['---', 'issuer: 团委', 'title: 通知', 'number: 中青发[2016]09号', '---', '正文'].join('\n'));
    expect(badNumber.reason).toMatch(/`number`.*中青发〔2016〕9号/);
    expect([badNumber.line, badNumber.column]).toEqual([4, 9]);
    const badDate = await failure(['---', 'issuer: 团委', 'title: 通知', 'date: 2016-02-30', '---', '正文'].join('\n'));
    expect(badDate.reason).toMatch(/`date`.*not a date/);
  });

  it('asks for front matter when there is none', async () => {
    expect((await failure('# 一、标题\n\n正文')).reason).toMatch(/no front matter/);
  });
});
