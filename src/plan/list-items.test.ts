import { describe, expect, it } from 'vitest';
import { itemIndent, listItem } from './list-items.js';
import { text } from './mdast.js';

const classes = (children: Parameters<typeof listItem>[0], depth?: number) => listItem(children, depth).data?.hProperties?.['className'] ?? [];

describe('listItem', () => {
  it('marks an item that starts with its own number, whatever the form, so it gets no bullet', () => {
    for (const numbered of ['1、各团支部要广泛动员。', '（1）申报材料：', '①团队项目申报书电子版', '2.“返家乡”专项行动', '（一）招募流程', '⑴记录情况；']) {
      expect(classes([text(numbered)])).toEqual(['numbered']);
    }
    expect(classes([{ type: 'strong', children: [text('（2）报送要求：')] }, text('6月15日前报送。')])).toEqual(['numbered']);
    for (const plain of ['各团支部要广泛动员。', '2025年6月15日前报送。', '1.5万名志愿者参加。', '报名办法：在学校报名。']) expect(classes([text(plain)])).toEqual([]);
  });

  it('indents a nested item by its depth, as far as the stylesheet goes', () => {
    expect(classes([text('（1）申报材料：')], 2)).toEqual(['numbered', 'depth-2']);
    expect(itemIndent(listItem([text('①电子版')], 3))).toBe(4.5);
    expect(itemIndent(listItem([text('①电子版')], 5))).toBe(4.5);
    expect(itemIndent(listItem([text('各团支部要广泛动员。')]))).toBe(0);
  });
});
