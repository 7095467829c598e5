import { describe, expect, it } from 'vitest';
import { finding } from './finding.js';
import { findingsJson, formatFindings, hasErrors } from './report.js';

describe('the check report', () => {
  const findings = [finding(3, 'overflow', '文字超出页面'), finding(5, 'orphan', '标题最后一行只有一个字：“相辅相 / 成”')];

  it('says per slide what is wrong, errors and warnings apart, then sums up', () => {
    expect(formatFindings(findings, 12)).toEqual([
      '第 3 张 错误［溢出］文字超出页面',
      '第 5 张 提醒［孤字］标题最后一行只有一个字：“相辅相 / 成”',
      '12 张幻灯片：1 个错误，1 个提醒；请先改正错误再放映或打印',
    ]);
    expect(formatFindings([], 12)).toEqual(['12 张幻灯片都检查过了，没有发现问题']);
  });

  it('gives tools JSON with counts and every finding', () => {
    expect(JSON.parse(findingsJson(findings, 12))).toEqual({
      slides: 12,
      errors: 1,
      warnings: 1,
      findings: [
        { slide: 3, kind: 'overflow', severity: 'error', message: '文字超出页面' },
        { slide: 5, kind: 'orphan', severity: 'warning', message: '标题最后一行只有一个字：“相辅相 / 成”' },
      ],
    });
  });

  it('fails only on errors', () => {
    expect(hasErrors(findings)).toBe(true);
    expect(hasErrors([findings[1]!])).toBe(false);
  });
});
