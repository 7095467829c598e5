import { describe, expect, it } from 'vitest';
import { fitText, linesNeeded } from './fit.js';
import { splitClauses, splitSentences } from './sentences.js';
import { textWidth } from './width.js';

describe('textWidth', () => {
  it('counts full-width characters as 1em and Latin letters and digits as about half', () => {
    expect(textWidth('网络安全')).toBe(4);
    expect(textWidth('〔〕“”，。')).toBe(6);
    expect(textWidth('2016')).toBeCloseTo(2.2);
    expect(textWidth('and')).toBeCloseTo(1.65);
  });
});

describe('splitSentences', () => {
  it('splits after 。！？； and keeps closing quotes with their sentence', () => {
    expect(splitSentences('要坚持正面引导。要落实“产品化战略。”要深化！好')).toEqual([
      '要坚持正面引导。',
      '要落实“产品化战略。”',
      '要深化！',
      '好',
    ]);
  });

  it('loses nothing', () => {
    const text = '甲，乙。丙；丁”戊？';
    expect(splitSentences(text).join('')).toBe(text);
    expect(splitClauses(text).join('')).toBe(text);
  });
});

describe('fitText', () => {
  const budget = { lines: 2, chars: 11 };

  it('keeps text that fits in one piece', () => {
    expect(fitText('短句。', budget)).toEqual(['短句。']);
  });

  it('cuts at sentence ends, each piece within the budget, nothing lost', () => {
    const text = '第一句话在这里写完。第二句话在这里写完。第三句话在这里写完。';
    const pieces = fitText(text, budget);
    expect(pieces.join('')).toBe(text);
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(linesNeeded(piece, budget.chars)).toBeLessThanOrEqual(budget.lines);
    expect(pieces[0]).toMatch(/。$/);
  });

  it('cuts an over-long sentence at clause marks, then inside clauses, never inside a number', () => {
    const text = `${'网'.repeat(30)}，2016年4月29日${'络'.repeat(30)}。`;
    const pieces = fitText(text, budget);
    expect(pieces.join('')).toBe(text);
    for (const piece of pieces) expect(linesNeeded(piece, budget.chars)).toBeLessThanOrEqual(budget.lines);
    expect(pieces.some((piece) => piece.includes('2016'))).toBe(true);
  });
});
