import { describe, expect, it } from 'vitest';
import { standardLabel } from './labels.js';

describe('standardLabel', () => {
  it('writes half-width labels as GB/T 9704 does', () => {
    expect(standardLabel('一.活动主题')).toBe('一、活动主题');
    expect(standardLabel('(三)支部活动')).toBe('（三）支部活动');
    expect(standardLabel('(2) 报名方式')).toBe('（2）报名方式');
  });

  it('leaves 1. and 1、, decimals and brackets inside the text', () => {
    expect(standardLabel('1.开展活动')).toBe('1.开展活动');
    expect(standardLabel('2、合唱比赛')).toBe('2、合唱比赛');
    expect(standardLabel('各院(系)团委')).toBe('各院(系)团委');
    expect(standardLabel('(一个月内)完成')).toBe('(一个月内)完成');
  });
});
