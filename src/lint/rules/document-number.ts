import { numberPattern } from '../../import/document-parts.js';
import type { Rule, RuleFinding } from '../finding.js';
import { matches } from './spans.js';

const everywhere = new RegExp(numberPattern.source, 'gu');

/**
 * A document number (发文字号) not in GB/T 9704's form: the year in [ ] or ( ) instead of 〔 〕,
 * a 第, a leading zero. In the number field and in numbers the body cites; the fix is certain.
 */
export const documentNumber: Rule = {
  name: 'document-number',
  check(source) {
    const spans = [...(source.fields.get('number') ?? []), ...(source.fields.get('title') ?? []), ...source.body];
    const findings: RuleFinding[] = [];
    for (const { match, offset } of matches(spans, everywhere)) {
      const [written, code, bracket, year, , serial] = match as unknown as [string, string, string, string, string, string];
      // The organ code cannot be told from the words before it in a sentence: the fix starts at the year.
      const from = written.indexOf(bracket, code.length);
      const wrong = written.slice(from);
      const right = `〔${year}〕${Number(serial)}号`;
      if (right === wrong) continue;
      findings.push({
        rule: documentNumber.name,
        severity: 'error',
        offset: offset + from,
        message: `发文字号里的“${wrong}”不合格式：年份用〔〕括起来，不加“第”，序号前不加 0`,
        suggestion: `改为“${right}”`,
        fix: { offset: offset + from, length: wrong.length, replacement: right },
      });
    }
    return findings;
  },
};
