import { kindNames, type Finding } from './finding.js';

/** The findings for a person: one line per finding, grouped by slide, then a summary line. */
export function formatFindings(findings: readonly Finding[], slideCount: number): string[] {
  const errors = findings.filter((one) => one.severity === 'error').length;
  const warnings = findings.length - errors;
  const lines = findings.map(
    (one) => `第 ${one.slide} 张 ${one.severity === 'error' ? '错误' : '提醒'}［${kindNames[one.kind]}］${one.message}`,
  );
  const summary =
    findings.length === 0
      ? `${slideCount} 张幻灯片都检查过了，没有发现问题`
      : `${slideCount} 张幻灯片：${errors} 个错误，${warnings} 个提醒${errors > 0 ? '；请先改正错误再放映或打印' : ''}`;
  return [...lines, summary];
}

/** The findings for a tool: stable English keys, Chinese messages. */
export function findingsJson(findings: readonly Finding[], slideCount: number): string {
  const errors = findings.filter((one) => one.severity === 'error').length;
  return `${JSON.stringify({ slides: slideCount, errors, warnings: findings.length - errors, findings }, null, 2)}\n`;
}

export function hasErrors(findings: readonly Finding[]): boolean {
  return findings.some((one) => one.severity === 'error');
}
