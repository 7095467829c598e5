import { describe, expect, it } from 'vitest';
import { bodyLines, bodyPieces, coverage } from './body-text.js';

describe('corpus body text', () => {
  const raw = ['标题', '', '各支部:', '一、活动时间', '', '— 2 —', '2024年3月(暂定)。', '联系人:王老师', '共青团某某委员会'].join('\n');

  it('takes the marked lines, without blanks and page numbers', () => {
    expect(bodyLines(raw, [['一、', '联系人']])).toEqual(['一、活动时间', '2024年3月(暂定)。', '联系人:王老师']);
  });

  it('cuts lines into pieces at punctuation, full and half width alike', () => {
    expect(bodyPieces(['2024年3月(暂定)。', '联系人：王老师'])).toEqual(['2024年3月', '暂定', '联系人', '王老师']);
  });

  it('counts pieces found in order, and names what is lost or out of order', () => {
    const pieces = ['活动时间', '2024年3月', '联系人', '王老师'];
    expect(coverage(pieces, '一、活动时间 2024年3月（暂定） 联系人：王老师')).toEqual({ percent: 100, lost: [] });
    expect(coverage(pieces, '联系人：王老师 活动时间 2024年3月')).toEqual({ percent: 64.7, lost: ['联系人（顺序不对）', '王老师（顺序不对）'] });
    expect(coverage(pieces, '活动时间')).toEqual({ percent: 23.5, lost: ['2024年3月', '联系人', '王老师'] });
  });
});
