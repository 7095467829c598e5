import type { BlockContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { headedSections, isHeadingParagraph, labelledSections } from './headed-paragraphs.js';
import { paragraph } from './mdast.js';

const paragraphs = (...texts: string[]): BlockContent[] => texts.map((value) => paragraph(value));

describe('headedSections', () => {
  it('reads stage lines and the text under each as subsections', () => {
    const sections = headedSections(paragraphs('第一阶段：宣传动员（12月8日）', '各团支部召开支委会进行部署。', '第二阶段：民主评议（12月9日—12日）', '第三阶段：总结报送（12月19日）', '各团支部整理评议材料，于12月22日前报送。'));
    expect(sections?.map((section) => [toString({ type: 'paragraph', children: section.heading }), section.children.map((child) => toString(child))])).toEqual([
      ['第一阶段：宣传动员（12月8日）', ['各团支部召开支委会进行部署。']],
      ['第二阶段：民主评议（12月9日—12日）', []],
      ['第三阶段：总结报送（12月19日）', ['各团支部整理评议材料，于12月22日前报送。']],
    ]);
  });

  it('leaves alone fields, lists of short lines, and text that starts with a sentence', () => {
    expect(headedSections(paragraphs('征文主题：“青春心向党”', '主办单位：校团委', '征集时间：12月1日—31日', '征文要求'))).toBeUndefined();
    expect(headedSections(paragraphs('各团支部要高度重视。', '奖项设置', '一等奖3名。'))).toBeUndefined();
  });

  it('takes no sentence, number or contact line for a heading', () => {
    expect(paragraphs('奖项设置', '投稿方式', '1.题目自拟', '联系人：韩同学', '一等奖3名；').map(isHeadingParagraph)).toEqual([true, true, false, false, false]);
  });
});

describe('labelledSections', () => {
  const outline = (found: ReturnType<typeof labelledSections>) =>
    found && { count: found.count, sections: found.sections.map((section) => [toString({ type: 'paragraph', children: section.heading }), section.children.map((child) => toString(child))]) };

  it('reads rule paragraphs that start with a label, and a label alone with numbered items under it', () => {
    const nodes = paragraphs('报名办法：在所在学校报名。', '参赛办法：每队2至3人。', '比赛规则：', '①不得干扰其他团队。', '②座位随机抽取。', '五、其他');
    expect(outline(labelledSections(nodes))).toEqual({
      count: 5,
      sections: [
        ['报名办法：', ['在所在学校报名。']],
        ['参赛办法：', ['每队2至3人。']],
        ['比赛规则：', ['①不得干扰其他团队。', '②座位随机抽取。']],
      ],
    });
  });

  it('leaves alone fields of one line, contact lines, a single rule and a label with one item', () => {
    expect(labelledSections(paragraphs('培训时间：6月9日—6月11日', '培训地点：市团校'))).toBeUndefined();
    expect(labelledSections(paragraphs('联系人：方老师。', '电话：0000-6370000。'))).toBeUndefined();
    expect(labelledSections(paragraphs('报名办法：在所在学校报名。', '各校要做好宣传。'))).toBeUndefined();
    expect(labelledSections(paragraphs('报名办法：在所在学校报名。', '比赛规则：', '①不得干扰其他团队。'))).toBeUndefined();
  });
});
