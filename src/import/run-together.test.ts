import { describe, expect, it } from 'vitest';
import { splitRunTogether } from './run-together.js';

const texts = (...lines: string[]) => splitRunTogether(lines.map((text, index) => ({ text, line: index + 1 }))).map((line) => line.text);

describe('splitRunTogether', () => {
  it('puts headings, items and a heading’s text that a web copy ran together on lines of their own', () => {
    expect(texts('一.活动主题 弘扬青春精神', '与时代同行 二、活动时间 4月20日至5月31日 三、活动对象 全体团员', '四、主要内容 (一)校级活动(另行通知) 1、图片展 2、合唱比赛', '3、青年文化节 (二)院系活动 各院系自主开展。')).toEqual([
      '一.活动主题',
      '弘扬青春精神',
      '与时代同行',
      '二、活动时间',
      '4月20日至5月31日',
      '三、活动对象',
      '全体团员',
      '四、主要内容',
      '(一)校级活动(另行通知)',
      '1、图片展',
      '2、合唱比赛',
      '3、青年文化节',
      '(二)院系活动',
      '各院系自主开展。',
    ]);
  });

  it('leaves a number that does not go on with the numbering, and a heading that is a sentence', () => {
    expect(texts('一、总体要求', '各支部于 3.15 前报送 5、6 两个月的计划 2、表格另发。', '二、加强组织领导，确保取得实效 各单位要高度重视。')).toEqual([
      '一、总体要求',
      '各支部于 3.15 前报送 5、6 两个月的计划 2、表格另发。',
      '二、加强组织领导，确保取得实效 各单位要高度重视。',
    ]);
  });

  it('keeps the line number of the line a piece came from', () => {
    expect(splitRunTogether([{ text: '一、时间 5月 二、地点 礼堂', line: 7 }]).map((line) => line.line)).toEqual([7, 7, 7, 7]);
  });

  it('puts each entry of a row set in columns on a line of its own, not fields, a sentence or one contact\'s unit, name and number', () => {
    expect(texts('陈思远（计算机学院）  林雨桐（外国语学院）  赵一鸣（机械学院）', '联系人：张老师  电话：0571-88001234  邮箱：a@b.cn', '组  长：王某某', '市团校培训部  张老师  0571-88001234')).toEqual([
      '陈思远（计算机学院）',
      '林雨桐（外国语学院）',
      '赵一鸣（机械学院）',
      '联系人：张老师  电话：0571-88001234  邮箱：a@b.cn',
      '组  长：王某某',
      '市团校培训部  张老师  0571-88001234',
    ]);
  });
});
