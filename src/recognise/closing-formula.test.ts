import { describe, expect, it } from 'vitest';
import { isClosingFormula } from './closing-formula.js';
import { paragraph } from '../plan/mdast.js';

describe('isClosingFormula', () => {
  it('knows the formulas that close a letter', () => {
    expect(isClosingFormula(paragraph('特此通知。'))).toBe(true);
    expect(isClosingFormula(paragraph('特此函告'))).toBe(true);
  });

  it('leaves sentences that only start like one, and headings', () => {
    expect(isClosingFormula(paragraph('特此通知各单位，请于12月20日前报送材料。'))).toBe(false);
    expect(isClosingFormula({ type: 'heading', depth: 1, children: [{ type: 'text', value: '特此通知' }] })).toBe(false);
  });
});
