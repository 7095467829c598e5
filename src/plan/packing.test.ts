import { describe, expect, it } from 'vitest';
import { packEvenly, packNested } from './packing.js';

describe('packNested', () => {
  it('keeps a heading with the items under it where that costs no slide', () => {
    // 报名办法 2, 参赛办法 2, 比赛规则 1 with ① 1, ② 2, ③ 2, ④ 1 lines; a slide holds 9.
    const lines = [2, 2, 1, 1, 2, 2, 1];
    const depths = [0, 0, 0, 1, 1, 1, 1];
    expect(packEvenly(lines, 0, 9)).toEqual([[0, 1, 2, 3], [4, 5, 6]]);
    expect(packNested(lines, depths, 0, 9)).toEqual([[0, 1], [2, 3, 4, 5, 6]]);
  });

  it('cuts deeper, or between any items, where whole blocks would leave a slide nearly empty or take more slides', () => {
    // 1. with （1） ① ② （2） under it (8 lines), then 2. (2 lines): 8 / 2 leaves the second slide nearly empty.
    expect(packNested([1, 1, 1, 1, 4, 2], [0, 1, 2, 2, 1, 0], 0, 9)).toEqual([[0, 1, 2, 3], [4, 5]]);
    // A block longer than a slide is cut inside.
    expect(packNested([1, 5, 5], [0, 1, 1], 0, 9)).toEqual(packEvenly([1, 5, 5], 0, 9));
    expect(packNested([2, 2], [0, 1], 0, 9)).toEqual([[0, 1]]);
  });
});
