import { describe, expect, it } from 'vitest';
import { joinTableCells } from './web-table.js';

const lines = (...texts: string[]) => texts.map((text, index) => ({ text, line: index + 1 }));
const texts = (...input: string[]) => joinTableCells(lines(...input)).map((line) => line.text);

describe('joinTableCells', () => {
  it('sets a web table copied a cell a line, each under its bar, back into rows', () => {
    const cells = ['月份', '活动对象', '活动主题', '九月', '在校团员', '迎新启航新学期，青春建功新时代', '十月', '在校团员', '礼赞祖国，青春接力再出发', '十一月', '在校团员', '强健体魄展风采，团结拼搏争一流'];
    expect(texts('一、活动主题', ...cells.flatMap((cell) => [cell, '|']), '二、活动内容')).toEqual([
      '一、活动主题',
      '月份 | 活动对象 | 活动主题 |',
      '九月 | 在校团员 | 迎新启航新学期，青春建功新时代 |',
      '十月 | 在校团员 | 礼赞祖国，青春接力再出发 |',
      '十一月 | 在校团员 | 强健体魄展风采，团结拼搏争一流 |',
      '二、活动内容',
    ]);
  });

  it('reads cells with their bar on the line (时间 |) the same way, and keeps the line of each row\'s first cell', () => {
    const joined = joinTableCells(lines('时间 |', '活动主题 |', '9月21日-10月21日 |', '弘扬抗疫精神，共建文明校园 |', '11月1日-11月30日 |', '文明行为迎评估，美化校园见行动 |'));
    expect(joined).toEqual([
      { text: '时间 | 活动主题 |', line: 1 },
      { text: '9月21日-10月21日 | 弘扬抗疫精神，共建文明校园 |', line: 3 },
      { text: '11月1日-11月30日 | 文明行为迎评估，美化校园见行动 |', line: 5 },
    ]);
  });

  it('leaves rows typed with bars, a stray bar and text alone', () => {
    const typed = ['学院 | 名额 | 学院 | 名额 |', '文学院 | 40 | 理学院 | 45 |'];
    expect(texts(...typed)).toEqual(typed);
    expect(texts('正文。', '|', '索引号：0012 | 成文日期：2025-06-03 |')).toEqual(['正文。', '|', '索引号：0012 | 成文日期：2025-06-03 |']);
  });
});
