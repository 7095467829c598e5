import { describe, expect, it } from 'vitest';
import { exhortationStart } from './exhortation.js';
import { paragraph } from './mdast.js';

const decision = paragraph('经评审，决定授予陈某等6名同学“优秀团支书”荣誉称号。');

describe('exhortationStart', () => {
  it('finds the last paragraphs that exhort the readers, a closing formula after them included', () => {
    const nodes = [decision, paragraph('希望受到表彰的同学珍惜荣誉。'), paragraph('各级团组织要以他们为榜样。'), paragraph('特此通知。')];
    expect(exhortationStart(nodes)).toBe(1);
    expect(exhortationStart([decision, paragraph('号召全校团员青年向他们学习。')])).toBe(1);
  });

  it('finds none when the last paragraph exhorts no one, or the exhortation is the whole body', () => {
    expect(exhortationStart([paragraph('希望大家踊跃参加。'), decision])).toBe(2);
    expect(exhortationStart([paragraph('希望大家踊跃参加。'), paragraph('各级团组织要认真组织。')])).toBe(2);
    expect(exhortationStart([])).toBe(0);
  });
});
