import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import type { Slide } from './deck.js';
import { paragraph, text } from './mdast.js';
import { mergeNeighbours } from './merge.js';
import { bulletList, slide } from './slides.js';

const at = { start: { line: 1, column: 1 }, end: { line: 1, column: 2 } };
const budget = { lines: 4, chars: 20 };
const points = (title: string, lines: string[]): Slide =>
  slide('points', { title: [text(title)], body: [bulletList(lines.map((line) => [text(line)]))] }, [paragraph(lines.join(''))], at);
const statement = (title: string, line: string): Slide => slide('quote', { title: [text(title)], body: [paragraph(line)] }, [paragraph(line)], at);
const noteText = (candidate: Slide) => toString({ type: 'root', children: candidate.notes });

describe('mergeNeighbours', () => {
  it('joins statements under one title that fit on one points slide', () => {
    const merged = mergeNeighbours([statement('一、要求', '各单位要高度重视。'), statement('一、要求', '要按时报送材料。')], budget);
    expect(merged.map((one) => one.layout)).toEqual(['points']);
    expect(noteText(merged[0]!)).toBe('各单位要高度重视。要按时报送材料。');
  });

  it('keeps slides under different titles, and a statement that does not fit, apart', () => {
    expect(mergeNeighbours([statement('一、要求', '各单位要高度重视。'), statement('二、安排', '要按时报送材料。')], budget)).toHaveLength(2);
    const full = points('一、要求', ['各单位要高度重视，认真组织。', '要按时报送材料。', '要加强宣传。', '要注意安全。']);
    expect(mergeNeighbours([full, statement('一、要求', '要及时总结经验，报送活动信息。')], budget)).toHaveLength(2);
  });

  it('counts a line for each line break in an item (a heading above its text), so a merged slide never overflows', () => {
    const headed = (heading: string, lines: string[]): Slide =>
      slide('points', { title: [text('三、安排')], body: [bulletList([[{ type: 'strong', children: [text(heading)] }, ...lines.flatMap((line) => [{ type: 'break' } as const, text(line)])]])] }, [paragraph(heading + lines.join(''))], at);
    // Each is one line as plain text, but three and two lines as set.
    const merged = mergeNeighbours([headed('（一）原则', ['公开招募', '自愿报名']), headed('（二）对象', ['在校学生'])], budget);
    expect(merged).toHaveLength(2);
    expect(mergeNeighbours([headed('（一）原则', ['公开招募']), headed('（二）对象', ['在校学生'])], budget)).toHaveLength(1);
  });

  it('joins a slide with a key point into the slide before it, the key point first among its points', () => {
    const keyed = slide('points', { title: [text('导语')], key: [paragraph('平台已运行平稳。')], body: [bulletList([[text('现将有关事项通知如下。')]])] }, [paragraph('平台已运行平稳。现将有关事项通知如下。')], at);
    const merged = mergeNeighbours([statement('导语', '为做好工作，学校建设了平台。'), keyed], budget);
    expect(merged).toHaveLength(1);
    expect(merged[0]!.slots.key).toBeUndefined();
    expect(toString({ type: 'root', children: merged[0]!.slots.body! })).toBe('为做好工作，学校建设了平台。平台已运行平稳。现将有关事项通知如下。');
    expect(noteText(merged[0]!)).toBe('为做好工作，学校建设了平台。平台已运行平稳。现将有关事项通知如下。');
  });

  it('puts a closing formula with no room beside its neighbour into that slide\'s notes', () => {
    const full = points('一、要求', ['各单位要高度重视，认真组织。', '要按时报送材料。', '要加强宣传。', '要注意安全。']);
    const merged = mergeNeighbours([full, statement('一、要求', '特此通知。')], budget);
    expect(merged).toHaveLength(1);
    expect(noteText(merged[0]!)).toMatch(/特此通知。$/u);
  });
});
