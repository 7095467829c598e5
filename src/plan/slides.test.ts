import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { noticeMetadataSchema } from '../notice/metadata.js';
import { closingSlide, coverSlide } from './slides.js';

const joint = noticeMetadataSchema.parse({
  issuer: ['共青团某某市委员会', '某某市教育局', '某某市学生联合会'],
  title: '关于举办大学生职业规划大赛的通知',
  date: '2025-03-28',
});

describe('cover and closing of a joint document', () => {
  it('names each issuer apart on the cover', () => {
    const cover = coverSlide(joint, { budget: { lines: 4, chars: 20 }, reduction: 0.8 });
    const names = (cover.slots.issuer ?? []).filter((node) => node.type === 'emphasis').map((node) => toString(node));
    expect(names).toEqual(['共青团某某市委员会', '某某市教育局', '某某市学生联合会']);
  });

  it('signs the closing slide with the issuers one under another, the notes on one line', () => {
    const closing = closingSlide(joint);
    const signature = closing.slots.signature ?? [];
    expect(signature.map((node) => (node.type === 'break' ? '|' : toString(node))).join('')).toBe('共青团某某市委员会|某某市教育局|某某市学生联合会');
    expect(toString({ type: 'root', children: closing.notes })).toBe('共青团某某市委员会　某某市教育局　某某市学生联合会　2025年3月28日');
  });
});
