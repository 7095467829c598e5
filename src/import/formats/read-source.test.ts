import { describe, expect, it } from 'vitest';
import { isGarbled, readSource } from './read-source.js';

describe('readSource', () => {
  it('reads by the first bytes, not the name: text named .html is a web page only by its extension', async () => {
    const text = new TextEncoder().encode('关于开展学习的通知\n— 2 —\n正文。\n');
    expect((await readSource(text, 'a.txt')).lines.map((line) => line.text)).toEqual(['关于开展学习的通知', '正文。']);
    expect((await readSource(new TextEncoder().encode('<p>正文。</p>'), 'a.htm')).lines.map((line) => line.text)).toEqual(['正文。']);
  });

  it('refuses a damaged PDF or Word file in one Chinese line', async () => {
    await expect(readSource(new TextEncoder().encode('%PDF-1.7\n'), 'a.txt')).rejects.toThrow('a.txt：读不出这个 PDF 文件（文件可能已损坏或加了密码）');
    await expect(readSource(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0]), 'a.docx')).rejects.toThrow('a.docx：读不出这个 Word 文件');
  });

  it('tells a garbled text layer (one character for every glyph) from real text', () => {
    expect(isGarbled('首'.repeat(40) + '通知公告'.repeat(5))).toBe(true);
    expect(isGarbled('各级团组织要把讲话精神全面贯彻到共青团建网用网占网各项工作之中，努力构建工作格局，的的的的的的。')).toBe(false);
    expect(isGarbled('首首首')).toBe(false);
  });
});
