import type { Edit, Rule, RuleFinding, Severity } from './finding.js';
import { documentNumber } from './rules/document-number.js';
import { halfWidthPunctuation } from './rules/half-width-punctuation.js';
import { impossibleDates } from './rules/impossible-dates.js';
import { missingElements } from './rules/missing-elements.js';
import { numbering } from './rules/numbering.js';
import { strayLatin } from './rules/stray-latin.js';
import { titleKind } from './rules/title-kind.js';
import { unbalancedBrackets } from './rules/unbalanced-brackets.js';
import { lintSource, position } from './source.js';

export const rules: Rule[] = [missingElements, titleKind, documentNumber, impossibleDates, numbering, halfWidthPunctuation, unbalancedBrackets, strayLatin];

export interface Finding {
  rule: string;
  severity: Severity;
  line: number;
  column: number;
  message: string;
  suggestion?: string;
  fix?: Edit;
}

/** Every rule's findings on notice.md's text, in file order. */
export function lintNotice(text: string): Finding[] {
  const source = lintSource(text);
  return rules
    .flatMap((rule) => rule.check(source))
    .sort((a, b) => a.offset - b.offset || a.rule.localeCompare(b.rule))
    .map(({ offset, ...finding }: RuleFinding) => ({ ...finding, ...position(text, offset) }));
}

/** The text with the findings' fixes applied; an edit overlapping one already taken is left for the next run. */
export function applyFixes(text: string, findings: readonly Finding[]): { text: string; applied: number } {
  const edits = findings.flatMap((finding) => (finding.fix ? [finding.fix] : [])).sort((a, b) => a.offset - b.offset);
  let result = '';
  let cursor = 0;
  let applied = 0;
  for (const edit of edits) {
    if (edit.offset < cursor) continue;
    result += text.slice(cursor, edit.offset) + edit.replacement;
    cursor = edit.offset + edit.length;
    applied++;
  }
  return { text: result + text.slice(cursor), applied };
}

const severityNames: Record<Severity, string> = { error: '错误', warning: '提醒' };

/** One line for a person: `notice.md:12:5: 错误：… （建议：…）[rule]`. */
export function formatFinding(file: string, finding: Finding): string {
  const suggestion = finding.suggestion ? `（建议：${finding.suggestion}${finding.fix ? '，--fix 可自动改' : ''}）` : '';
  return `${file}:${finding.line}:${finding.column}: ${severityNames[finding.severity]}：${finding.message}${suggestion} [${finding.rule}]`;
}
