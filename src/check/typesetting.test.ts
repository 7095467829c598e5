import { describe, expect, it } from 'vitest';
import { lineBreakProblems, orphanProblem } from './typesetting.js';

describe('lineBreakProblems (禁则)', () => {
  it('passes lines that start and end well', () => {
    expect(lineBreakProblems(['各团支部要认真组织，', '确保活动取得实效。'])).toEqual([]);
  });

  it('flags closing punctuation at a line start and opening punctuation at a line end', () => {
    expect(lineBreakProblems(['开展主题团日活动', '。各团支部要“', '青春向党”'])).toEqual([
      '行“。各团支部要“”以“。”开头',
      '行“。各团支部要“”以““”结尾',
    ]);
  });

  it('flags a number split across lines, not a number followed by Chinese', () => {
    expect(lineBreakProblems(['于20', '24年3月'])).toEqual(['“于2024年3”在数字或字母中间断行']);
    expect(lineBreakProblems(['于2024', '年3月'])).toEqual([]);
  });

  it('lets the last line end with anything and the first line start with anything', () => {
    expect(lineBreakProblems(['。开头', '结尾“'])).toEqual([]);
  });
});

describe('orphanProblem (孤字)', () => {
  it('flags a last line of one character, punctuation aside', () => {
    expect(orphanProblem(['网络安全和信息化相辅相', '成'])).toBe('最后一行只有一个字：“网络安全和信息化相辅相 / 成”');
    expect(orphanProblem(['在新发展理念上先行一', '步。'])).toBeDefined();
  });

  it('passes two characters on the last line, and one-line blocks', () => {
    expect(orphanProblem(['网络安全和信息化相', '辅相成'])).toBeUndefined();
    expect(orphanProblem(['成'])).toBeUndefined();
  });
});
