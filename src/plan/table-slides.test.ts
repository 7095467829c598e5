import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { columnWidths, packRows, setTable } from './table-slides.js';
import { planNotice } from './test-notice.js';

const quotaTable = ['| 学院 | 名额 | 学院 | 名额 |', '| --- | --- | --- | --- |', '| 文学院 | 40 | 理学院 | 45 |', '| 经济学院 | 50 | 工学院 | 60 |'].join('\n');

describe('tableSlides', () => {
  it('gives a short section with a table a table slide under its title, not an overview row', async () => {
    const { deck } = await planNotice(`为做好服务工作，现将有关事项通知如下。\n\n# 一、名额分配\n\n${quotaTable}\n\n# 二、报名方式\n\n请于6月25日前报名。`);
    const table = deck.children.filter((slide) => slide.layout === 'table');
    expect(table).toHaveLength(1);
    expect(toString({ type: 'root', children: table[0]!.slots.title! })).toBe('一、名额分配');
    expect(table[0]!.slots.table![0]!.type).toBe('table');
    expect(deck.children.some((slide) => slide.layout === 'overview')).toBe(false);
    // Heading, then the rows in order, a paragraph each.
    expect(table[0]!.notes.map((note) => toString(note))).toEqual(['一、名额分配', '学院　名额　学院　名额', '文学院　40　理学院　45', '经济学院　50　工学院　60']);
  });
});
