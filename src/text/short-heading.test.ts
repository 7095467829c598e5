import { describe, expect, it } from 'vitest';
import { conciseHeading, headingLabel, shortHeading, titleHeading } from './short-heading.js';
import { textWidth } from './width.js';

describe('shortHeading', () => {
  it('drops the closing mark of a run-in heading', () => {
    expect(shortHeading('加强组织领导。', 20)).toBe('加强组织领导');
  });

  it('drops a bracketed remark before cutting', () => {
    expect(shortHeading('工作安排(以实际为准，各单位可结合情况调整)', 10)).toBe('工作安排');
    expect(shortHeading('工作安排（以实际为准）', 6)).toBe('工作安排');
  });

  it('keeps the first clause of a long heading', () => {
    expect(shortHeading('深刻认识网络空间的重要意义，切实增强做好工作的责任感', 16)).toBe('深刻认识网络空间的重要意义');
  });

  it('never cuts inside brackets or quotes', () => {
    const short = shortHeading('组织开展“青春心向党·建功新时代”系列主题宣传教育实践活动', 12);
    expect(short).toBe('组织开展……');
    expect(textWidth(short)).toBeLessThanOrEqual(12);
  });
});

describe('conciseHeading', () => {
  it('keeps the first clause, without remarks, even when the whole would fit', () => {
    expect(conciseHeading('认真落实讲话要求，牢牢把握基本原则', 40)).toBe('认真落实讲话要求');
    expect(conciseHeading('工作安排(以实际为准，各单位可结合情况调整)', 40)).toBe('工作安排');
  });
});

describe('titleHeading', () => {
  it('leaves out a bracketed remark even when the whole would fit', () => {
    expect(titleHeading('选题指南(供参考,各支部可结合实际另行确定题目)', 40)).toBe('选题指南');
    expect(titleHeading('认真落实讲话要求，牢牢把握基本原则', 40)).toBe('认真落实讲话要求，牢牢把握基本原则');
  });
});

describe('shortHeading, cut', () => {
  it('cuts between words, never inside one', () => {
    expect(shortHeading('少先队员“红领巾爱家乡”暑期实践活动', 16)).toBe('少先队员“红领巾爱家乡”暑期……');
    expect(shortHeading('少先队员“红领巾爱家乡”暑期实践活动', 15)).toBe('少先队员“红领巾爱家乡”……');
  });
});

describe('headingLabel', () => {
  it('is the heading shortened by rule when that fits whole', () => {
    expect(headingLabel('比赛形式(详细赛制见附件1)', 7)).toBe('比赛形式');
    expect(headingLabel('奖项设置：', 7)).toBe('奖项设置');
  });

  it('is the words that end a heading too wide for a label, never a cut word or a modal before them', () => {
    expect(headingLabel('志愿服务工作领导小组', 7)).toBe('工作领导小组');
    expect(headingLabel('各社区团支部、各学校要做好宣传发动，组织青少年踊跃报名。', 7)).toBe('做好宣传发动');
    expect(headingLabel('切实健全管理制度。', 7)).toBe('健全管理制度');
  });

  it('is undefined when not even the last word fits', () => {
    expect(headingLabel('中华人民共和国', 2)).toBeUndefined();
  });
});
