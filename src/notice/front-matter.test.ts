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
      issuer: ['共青团中央'],
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
    expect(error.reason).toBe('未知的信息区字段 `tittle`，是不是 `title`？');
    expect([error.line, error.column]).toEqual([4, 1]);
  });

  it('reports invalid YAML at its line', async () => {
    const error = await failure(['---', 'issuer: 共青团中央', 'title: [通知', '---', '正文'].join('\n'));
    expect(error.reason).toMatch(/^信息区的写法有误/);
    expect(error.line).toBeGreaterThanOrEqual(3);
  });

  it('warns once, at the front matter, for a missing issuer or title: outputs leave it out', async () => {
    const { file } = await read(['---', 'number: 中青发〔2016〕9号', '---', '正文'].join('\n'));
    expect(file.messages.map((message) => [message.line, message.reason])).toEqual([
      [1, '信息区没有 issuer（发文机关）：封面、结束页和通知原文的版头都不写发文机关'],
      [1, '信息区没有 title（标题）：封面和通知原文都不写标题'],
    ]);
    expect(file.messages.every((message) => !message.fatal)).toBe(true);
  });

  it('reports a malformed value where it stands', async () => {
    const badNumber = await failure(['---', 'issuer: 团委', 'title: 通知', 'number: 中青发[2016]09号', '---', '正文'].join('\n'));
    expect(badNumber.reason).toMatch(/`number`.*中青发〔2016〕9号/);
    expect([badNumber.line, badNumber.column]).toEqual([4, 9]);
    const badDate = await failure(['---', 'issuer: 团委', 'title: 通知', 'date: 2016-02-30', '---', '正文'].join('\n'));
    expect(badDate.reason).toMatch(/`date`.*不是有效的日期/);
  });

  it('says in Chinese what zod would say in English: empty, wrong type, missing', async () => {
    const notice = (...lines: string[]) => ['---', 'issuer: 团委', ...lines, '---', '正文'].join('\n');
    expect((await failure(notice('title:'))).reason).toBe('信息区字段 `title`：不能为空');
    expect((await failure(notice('title: 通知', 'cc: { a: 1 }'))).reason).toBe('信息区字段 `cc`：应当是文字或列表（每行以“- ”开头）');
    expect((await failure(notice('title: 通知', 'attachments: []'))).reason).toBe('信息区字段 `attachments`：列表不能为空');
    expect((await failure(notice('title: 通知', 'date: 20160429'))).reason).toBe('信息区字段 `date`：应当是文字');
    expect((await failure(notice('title: 通知', 'title: 又一个'))).reason).toBe('信息区的写法有误：同一个字段写了两次');
  });

  it('asks for front matter when there is none', async () => {
    expect((await failure('# 一、标题\n\n正文')).reason).toMatch(/没有信息区/);
  });
});
