import { describe, expect, it } from 'vitest';
import { decodeText, dropBreakSpaces, dropCjkSpaces, dropLineBreakSpaces, dropNumberSpaces, readLines } from './lines.js';

describe('readLines', () => {
  it('drops blank lines, indentation, invisible characters and page numbers, keeping line numbers', () => {
    const text = '\uFEFF　　第一段。\r\n\r\n— 1 —\r\n- 2 -\r\n第 3 页\r\n第4页 共9页\n12\n\f　 第\u200b二段。\n';
    expect(readLines(text)).toEqual({
      lines: [
        { text: '第一段。', line: 1 },
        { text: '第二段。', line: 9 },
      ],
      pageNumbers: 5,
    });
  });

  it('keeps lines that only look like page numbers', () => {
    expect(readLines('2016年\n— 第一部分 —\n1234\n').lines.map((line) => line.text)).toEqual(['2016年', '— 第一部分 —', '1234']);
  });
});

describe('spaces between Chinese characters', () => {
  it('drops the single space a PDF line break left, not a run of spaces or a full-width space', () => {
    expect(dropBreakSpaces('为我国网信 事业的发展')).toBe('为我国网信事业的发展');
    expect(dropBreakSpaces('联系人：张三　电话：1234；王五  李四')).toBe('联系人：张三　电话：1234；王五  李四');
    expect(dropBreakSpaces('平台 and “青少年')).toBe('平台 and “青少年');
  });

  it('keeps the space in a short quoted phrase', () => {
    expect(dropBreakSpaces('开展“青春心向党 建功新时代”主题 团日活动')).toBe('开展“青春心向党 建功新时代”主题团日活动');
    expect(dropCjkSpaces('关于开展“践行新思想 拥抱新时代”主题 活动的通知')).toBe('关于开展“践行新思想 拥抱新时代”主题活动的通知');
  });

  it('keeps the spaces of a slogan on a line of its own, after its label or not', () => {
    expect(dropLineBreakSpaces('青春心向党 建功新时代')).toBe('青春心向党 建功新时代');
    expect(dropLineBreakSpaces('活动主题：奋斗青春 建功时代 强国有我')).toBe('活动主题：奋斗青春 建功时代 强国有我');
    expect(dropLineBreakSpaces('一、 活动主题:青春逐梦 实践报国')).toBe('一、活动主题:青春逐梦 实践报国');
    // Phrases of unlike length, or a longer line, are a line broken where a space was left.
    expect(dropLineBreakSpaces('为我国网信 事业的健康发展')).toBe('为我国网信事业的健康发展');
    expect(dropLineBreakSpaces('各团支部要认真组织 学习，确保实效。')).toBe('各团支部要认真组织学习，确保实效。');
  });

  it('drops every space in a title or mark', () => {
    expect(dropCjkSpaces('共 青 团 中 央  文　件')).toBe('共青团中央文件');
    expect(dropCjkSpaces('关于做好 2024 年工作的通知')).toBe('关于做好 2024 年工作的通知');
  });
});

describe('decodeText', () => {
  it('reads UTF-8 (with or without BOM) and refuses anything else in one line', () => {
    expect(decodeText(new TextEncoder().encode('\uFEFF通知'), 'a.txt')).toBe('通知');
    expect(() => decodeText(Uint8Array.from([0xd6, 0xd0]), 'gbk.txt')).toThrow(/^gbk\.txt：不是 UTF-8 编码的文本：请另存为 UTF-8/u);
    expect(() => decodeText(Uint8Array.from([0x41, 0x00, 0x42, 0x00]), 'utf16.txt')).toThrow(/不是 UTF-8 编码的文本/u);
  });
});

describe('dropNumberSpaces', () => {
  it('drops the spaces set around a short number between Chinese characters', () => {
    expect(dropNumberSpaces('2009 年是“五四”运动 90 周年，不超过总数 10%的方案，于 4 月 20 日~5 月 31 日')).toBe('2009年是“五四”运动90周年，不超过总数10%的方案，于4月20日~5月31日');
  });

  it('keeps the spaces beside a telephone number, Latin text and punctuation', () => {
    expect(dropNumberSpaces('联系人：张三 13800000000 李四')).toBe('联系人：张三 13800000000 李四');
    expect(dropNumberSpaces('电话 0571-88001234，Windows 10 系统')).toBe('电话 0571-88001234，Windows 10 系统');
  });
});
