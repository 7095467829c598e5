import { readNumbering } from '../../recognise/numbering.js';
import type { Rule, RuleFinding } from '../finding.js';
import { chineseLabel } from './labels.js';

/**
 * Numbered parts out of order: 一、 then 三、, or 二、 twice. Each level counts from 1 again under
 * a new part of the level above. Skipping a level (1. right under 一、) is ordinary practice and
 * not reported.
 */
export const numbering: Rule = {
  name: 'numbering',
  check(source) {
    const last: (number | undefined)[] = [];
    const findings: RuleFinding[] = [];
    for (const span of source.body) {
      // import writes 1\. so Markdown does not read a list; the label is still 1.
      const found = readNumbering(span.text.replace(/^(\d{1,2})\\(?=[.)])/u, '$1'));
      if (!found) continue;
      const expected = (last[found.level] ?? 0) + 1;
      if (found.ordinal !== expected) {
        const right = chineseLabel(found.label, expected);
        findings.push({
          rule: numbering.name,
          severity: 'error',
          offset: span.offset,
          message: found.ordinal < expected ? `序号“${found.label}”重复或倒退` : `序号“${found.label}”跳号：前面没有“${right}”`,
          suggestion: `核对序号，这里应为“${right}”`,
        });
      }
      last[found.level] = found.ordinal;
      last.length = found.level + 1;
    }
    return findings;
  },
};
