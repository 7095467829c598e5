import type { LintSource, Rule, RuleFinding, Severity } from '../finding.js';

/** The elements a notice has, most of them required by GB/T 9704; what a missing one means. */
const elements: [field: string, name: string, severity: Severity][] = [
  ['issuer', '发文机关（issuer）', 'error'],
  ['title', '标题（title）', 'error'],
  ['addressees', '主送机关（addressees）', 'warning'],
  ['date', '成文日期（date）', 'warning'],
];

/** A required element missing or still a placeholder (请填写…), an expected one missing, an empty body. */
export const missingElements: Rule = {
  name: 'missing-elements',
  check(source: LintSource) {
    const findings: RuleFinding[] = [];
    for (const [field, name, severity] of elements) {
      const spans = source.fields.get(field);
      const placeholder = spans?.find((span) => span.text.includes('请填写'));
      if (!spans || placeholder) {
        findings.push({
          rule: missingElements.name,
          severity,
          offset: placeholder?.offset ?? 0,
          message: placeholder ? `${name}还是占位文字“${placeholder.text}”` : `没有${name}`,
          suggestion: `在信息区写上 ${field}:（照原件抄写）`,
        });
      }
    }
    if (source.body.length === 0) {
      findings.push({ rule: missingElements.name, severity: 'error', offset: 0, message: '没有正文', suggestion: '在信息区下面写上通知正文' });
    }
    return findings;
  },
};
