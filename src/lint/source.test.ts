import { describe, expect, it } from 'vitest';
import { lintSource, position } from './source.js';

describe('lintSource', () => {
  it('gives each front-matter value and body line with its offset in the file', () => {
    const text = '---\nissuer: 团委\ntitle: "关于学习的通知"\ncc:\n  - 甲\n  - 乙\nnote: "a\\tb"\n---\n\n# 一、要求\n\n正文。\n';
    const source = lintSource(text);
    const at = (span: { offset: number; text: string }) => text.slice(span.offset, span.offset + span.text.length);
    expect(source.fields.get('title')).toEqual([{ text: '关于学习的通知', offset: text.indexOf('关于'), field: 'title' }]);
    expect(source.fields.get('cc')!.map(at)).toEqual(['甲', '乙']);
    // An escaped value does not read as it is written: left alone.
    expect(source.fields.has('note')).toBe(false);
    expect(source.body.map((span) => [span.text, at(span)])).toEqual([
      ['一、要求', '一、要求'],
      ['正文。', '正文。'],
    ]);
    expect(position(text, text.indexOf('正文'))).toEqual({ line: 12, column: 1 });
  });
});
