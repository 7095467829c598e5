import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { highlight, highlightSpans } from './highlight.js';

const marked = (value: string) => highlightSpans(value).map(([start, end]) => value.slice(start, end));

describe('highlight', () => {
  it('marks quoted terms', () => {
    expect(marked('努力构建“互联网+共青团”工作格局')).toEqual(['“互联网+共青团”']);
  });

  it('marks enumerations of three or more parallel items, trimmed to the items', () => {
    expect(marked('进一步增强政治意识、大局意识、核心意识、看齐意识，坚定不移')).toEqual(['政治意识、大局意识、核心意识、看齐意识']);
    expect(marked('践行创新、协调、绿色、开放、共享的新发展理念')).toEqual(['创新、协调、绿色、开放、共享']);
    expect(marked('引导舆论、反映民意的作用')).toEqual([]);
    expect(marked('评议等次分为优秀、合格、基本合格、不合格四个等次')).toEqual(['优秀、合格、基本合格、不合格']);
    expect(marked('通过开设专题栏目、组织系列文章、制作可视化宣传产品等形式')).toEqual(['开设专题栏目、组织系列文章、制作可视化宣传']);
    // Names of any length, each whole, the last one too.
    expect(marked('竞赛由共青团某某省委员会、某某省教育厅、某某省科学技术协会、某某省学生联合会共同主办')).toEqual(['共青团某某省委员会、某某省教育厅、某某省科学技术协会、某某省学生联合会']);
  });

  it('marks deadlines, so a date before which something must be done stands out', () => {
    expect(marked('请于4月20日前将报名表发送至邮箱')).toEqual(['4月20日前']);
    expect(marked('2024年5月10日(周五)12:00之前提交作品')).toEqual(['2024年5月10日(周五)12:00之前']);
    expect(marked('活动于5月4日举行')).toEqual([]);
  });

  it('keeps every character', () => {
    const value = '要“大众创业、万众创新”，增强政治意识、大局意识、核心意识。';
    expect(toString({ type: 'paragraph', children: highlight(value) })).toBe(value);
  });
});
