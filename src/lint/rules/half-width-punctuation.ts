import type { Rule, RuleFinding } from '../finding.js';
import { matches, proseSpans } from './spans.js';

const fullWidth: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '.': '。', '(': '（', ')': '）' };
/** Chinese text around a mark: a Han character or full-width punctuation. */
const chinese = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e“”‘’—…]';
/** , ; : ? ! after Chinese text (时间:2024 → 时间：2024), or before it (2024年,); a full stop only after Chinese text at a sentence end. */
const mark = new RegExp(`(?<=${chinese})[,;:?!]|[,;:?!](?=${chinese})|(?<=${chinese}\\)?)\\.(?=${chinese}|\\s*$)`, 'gu');
/** (2023)5号 is a document number's year: the document-number rule rewrites it whole. */
const numberYear = /^\(\d{4}\)\s*第?\s*\d+\s*号/u;
/** Parentheses with Chinese inside or on either side: (供参考), 方案(试行), (1)按时. */
const parentheses = new RegExp(`(?<=${chinese})\\(([^()]*)\\)|\\(([^()]*\\p{Script=Han}[^()]*)\\)|\\(([^()]*)\\)(?=${chinese})`, 'gu');

/** Half-width punctuation inside Chinese text: a typo from an English keyboard or a copy. */
export const halfWidthPunctuation: Rule = {
  name: 'half-width-punctuation',
  check(source) {
    const spans = proseSpans(source);
    const findings: RuleFinding[] = [];
    for (const { match, offset } of matches(spans, mark)) {
      const replacement = fullWidth[match[0]]!;
      findings.push(found(offset, match[0], replacement, { offset, length: 1, replacement }));
    }
    for (const { match, offset, span } of matches(spans, parentheses)) {
      if (numberYear.test(span.text.slice(offset - span.offset))) continue;
      const inner = match[1] ?? match[2] ?? match[3] ?? '';
      findings.push(found(offset, match[0], `（${inner}）`, { offset, length: match[0].length, replacement: `（${inner}）` }));
    }
    return findings;
  },
};

function found(offset: number, written: string, replacement: string, fix: RuleFinding['fix']): RuleFinding {
  return {
    rule: halfWidthPunctuation.name,
    severity: 'error',
    offset,
    message: `中文里用了半角标点“${written}”`,
    suggestion: `改为“${replacement}”`,
    fix,
  };
}
