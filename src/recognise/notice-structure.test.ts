import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import type { NoticeSection } from './notice-section.js';
import { remarkNoticeStructure } from './notice-structure.js';
import { readNumbering } from './numbering.js';

async function recognise(markdown: string) {
  const file = new VFile({ path: 'notice.md', value: markdown });
  const processor = unified().use(remarkParse).use(remarkNoticeStructure);
  const tree = (await processor.run(processor.parse(file), file)) as Root;
  return { tree, file };
}

/** The outline: label and heading of each section, nested. */
function outline(nodes: Root['children']): unknown[] {
  return nodes
    .filter((node): node is NoticeSection => node.type === 'noticeSection')
    .map((section) => [section.level, section.label + toString({ type: 'paragraph', children: section.heading }), ...outline(section.children)]);
}

describe('readNumbering', () => {
  it('reads the four levels and nothing else', () => {
    expect(readNumbering('一、总体要求')).toEqual({ level: 1, label: '一、', ordinal: 1 });
    expect(readNumbering('（十二）加强领导')).toEqual({ level: 2, label: '（十二）', ordinal: 12 });
    expect(readNumbering('3．落实责任')).toEqual({ level: 3, label: '3．', ordinal: 3 });
    expect(readNumbering('（4）按时报送')).toEqual({ level: 4, label: '（4）', ordinal: 4 });
    expect(readNumbering('2016年4月29日')).toBeUndefined();
    expect(readNumbering('3.5%的增长')).toBeUndefined();
    expect(readNumbering('四.志愿者保障')).toEqual({ level: 1, label: '四.', ordinal: 4 });
    expect(readNumbering('一、2024年工作回顾')).toEqual({ level: 1, label: '一、', ordinal: 1 });
  });
});

describe('remarkNoticeStructure', () => {
  it('nests headings and numbered paragraphs by level, splitting run-in headings', async () => {
    const { tree, file } = await recognise(
      ['导语。', '# 一、总体要求', '（一）提高政治站位。要把学习作为政治任务。', '1．学原文。认真研读。', '（二）加强组织领导', '二、工作安排'].join('\n\n'),
    );
    expect(tree.children[0]?.type).toBe('paragraph');
    expect(outline(tree.children)).toEqual([
      [1, '一、总体要求', [2, '（一）提高政治站位。', [3, '1．学原文。']], [2, '（二）加强组织领导']],
      [1, '二、工作安排'],
    ]);
    expect(file.messages).toEqual([]);
    const first = (tree.children[1] as NoticeSection).children[0] as NoticeSection;
    expect(toString(first.children[0]!)).toBe('要把学习作为政治任务。');
  });

  it('reads numbering behind full-width indentation pasted from Word, and CRLF line ends', async () => {
    const { tree } = await recognise('\u3000\u3000为做好工作，通知如下。\r\n\r\n\u3000\u3000一、学习内容\r\n\r\n\u3000\u3000（一）学习原文。认真学习。\r\n');
    expect(toString(tree.children[0]!)).toBe('为做好工作，通知如下。');
    expect(outline(tree.children)).toEqual([[1, '一、学习内容', [2, '（一）学习原文。']]]);
  });

  it('keeps a long first sentence in the body rather than making it a heading', async () => {
    const { tree } = await recognise(`（一）${'这是一个很长的句子'.repeat(6)}。后文。`);
    const section = tree.children[0] as NoticeSection;
    expect(section.heading).toEqual([]);
    expect(toString(section.children[0]!)).toMatch(/^这是一个很长的句子/);
  });

  it('warns, with line and column, about numbering that jumps, repeats or leaves out two levels', async () => {
    const { file, tree } = await recognise(['# 一、甲', '# 三、丙', '# 三、丙又', '（1）细则'].join('\n\n'));
    expect(file.messages.map((message) => `${message.line}:${message.column} ${message.reason}`)).toEqual([
      '3:1 编号从“一”跳到了“三”',
      '5:1 编号“三、”重复了',
      '7:1 编号“（1）”是四级标题，却直接写在一级标题下面：中间少了二级和三级标题',
    ]);
    expect(outline(tree.children)).toHaveLength(3);
  });

  it('takes a label before a half-width colon as a run-in heading, but not a time', async () => {
    const { tree } = await recognise('一、元旦:1月1日放假，1月2日补休。\n\n二、初赛时间12:30开始，地点另行通知。');
    const [first, second] = tree.children as NoticeSection[];
    expect(toString({ type: 'paragraph', children: first!.heading })).toBe('元旦:');
    expect(toString({ type: 'paragraph', children: second!.heading })).toBe('初赛时间12:30开始，地点另行通知。');
  });

  it('puts 1) items under the 1. they follow, and takes 1) as the third level where no 1. is open', async () => {
    const nested = await recognise(['一、账号管理', '1.账号申请', '账号实行申请制，其中：', '1)学生组织的账号由院系团委审核；', '2)学生社团的账号由指导单位审核。', '2.账号使用', '不得转借他人。'].join('\n\n'));
    expect(outline(nested.tree.children)).toEqual([
      [1, '一、账号管理', [3, '1.账号申请', [4, '1)学生组织的账号由院系团委审核；'], [4, '2)学生社团的账号由指导单位审核。']], [3, '2.账号使用']],
    ]);
    expect(nested.file.messages).toEqual([]);
    const alone = await recognise(['一、报名要求', '1)年满18周岁。', '2)身体健康。'].join('\n\n'));
    expect(outline(alone.tree.children)).toEqual([[1, '一、报名要求', [3, '1)年满18周岁。'], [3, '2)身体健康。']]]);
  });

  it('leaves 特此通知 after the last item at the top level: it closes the letter, not the item', async () => {
    const { tree } = await recognise(['一、相关要求', '1、各单位要广泛宣传。', '2、请于5月6日前报送报名表。', '特此通知。'].join('\n\n'));
    expect(outline(tree.children)).toEqual([[1, '一、相关要求', [3, '1、各单位要广泛宣传。'], [3, '2、请于5月6日前报送报名表。']]]);
    expect(toString(tree.children.at(-1)!)).toBe('特此通知。');
  });

  it('gives the paragraph after a list of ；-ended items to the text the list is in, not to its last item', async () => {
    const { tree } = await recognise(['（一）垃圾分类主题活动', '（1）记录一周分类情况；', '（2）设计一句宣传语。', '小队将以上内容整理成手册。'].join('\n\n'));
    const [activity] = tree.children as NoticeSection[];
    expect(outline(tree.children)).toEqual([[2, '（一）垃圾分类主题活动', [4, '（1）记录一周分类情况；'], [4, '（2）设计一句宣传语。']]]);
    expect(toString(activity!.children.at(-1)!)).toBe('小队将以上内容整理成手册。');
    // Items that are sentences of their own keep the paragraphs under them.
    const items = await recognise(['一、工作要求', '1.加强组织领导。', '2.严格安全管理。', '各校要进行安全教育。'].join('\n\n'));
    const [, second] = (items.tree.children[0] as NoticeSection).children as NoticeSection[];
    expect(toString(second!.children.at(-1)!)).toBe('各校要进行安全教育。');
  });

  it('takes “1.” directly under “一、” (（一） left out) as ordinary, without a warning', async () => {
    const { file } = await recognise(['一、报名要求', '1.年满18周岁。', '2.身体健康。', '二、报名方式', '1.线上报名。'].join('\n\n'));
    expect(file.messages).toEqual([]);
  });
});
