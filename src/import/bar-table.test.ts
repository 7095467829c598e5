import { describe, expect, it } from 'vitest';
import { barRowCells, bodyBlocks, tableMarkdown } from './bar-table.js';

describe('barRowCells', () => {
  it('reads the cells between bars, half- or full-width, outer bars aside', () => {
    expect(barRowCells('文学院 | 40 | 理学院 | 45 |')).toEqual(['文学院', '40', '理学院', '45']);
    expect(barRowCells('| 时间 ｜ 内容 |')).toEqual(['时间', '内容']);
    expect(barRowCells('上午 |  | 报到 |')).toEqual(['上午', '', '报到']);
  });

  it('takes a line with fewer than two bars, or only bars, for no row', () => {
    expect(barRowCells('报名时间 | 6月25日前')).toBeUndefined();
    expect(barRowCells('请于6月25日前报名。')).toBeUndefined();
    expect(barRowCells('| |')).toBeUndefined();
  });
});

describe('bodyBlocks', () => {
  it('takes two or more rows of the same number of cells for a table, other lines for paragraphs', () => {
    expect(bodyBlocks(['各学院名额如下：', '学院 | 名额 |', '文学院 | 40 |', '理学院 | 45 |', '时间 | 内容 | 地点 |', '请按时报名。'])).toEqual([
      { paragraph: '各学院名额如下：' },
      { rows: [['学院', '名额'], ['文学院', '40'], ['理学院', '45']] },
      { paragraph: '时间 | 内容 | 地点 |' },
      { paragraph: '请按时报名。' },
    ]);
  });
});

describe('tableMarkdown', () => {
  it('writes a GFM table: the header row, its delimiter row, the body rows, each cell escaped', () => {
    const escape = (cell: string) => cell.replace(/[*<]/gu, '\\$&');
    expect(tableMarkdown([['项目', '说明'], ['*必填', '<见附件> a|b'], ['', '无']], escape)).toBe(
      ['| 项目 | 说明 |', '| --- | --- |', '| \\*必填 | \\<见附件> a\\|b |', '|  | 无 |'].join('\n'),
    );
  });
});
