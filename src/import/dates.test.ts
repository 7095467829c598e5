import { describe, expect, it } from 'vitest';
import { readDate } from './dates.js';

describe('readDate', () => {
  it('reads the dates notices write, as ISO', () => {
    expect(readDate('2016年4月29日')).toBe('2016-04-29');
    expect(readDate('2016 年 4 月 29 日')).toBe('2016-04-29');
    expect(readDate('二〇二三年十一月八日')).toBe('2023-11-08');
    expect(readDate('二○一六年四月二十九日')).toBe('2016-04-29');
  });

  it('reads nothing from dates that do not exist or from longer text', () => {
    expect(readDate('2016年2月30日')).toBeUndefined();
    expect(readDate('2016年4月29日印发')).toBeUndefined();
    expect(readDate('于2016年4月29日前')).toBeUndefined();
  });
});
