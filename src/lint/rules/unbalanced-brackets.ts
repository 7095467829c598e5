import type { Rule, RuleFinding } from '../finding.js';
import { proseSpans } from './spans.js';

const pairs: Record<string, string> = { '“': '”', '‘': '’', '（': '）', '《': '》', '〔': '〕', '【': '】', '「': '」', '『': '』', '(': ')', '[': ']' };
const closers = new Map(Object.entries(pairs).map(([open, close]) => [close, open]));

/**
 * Quotes and brackets that do not pair up within a paragraph (or a field): one lost in the copy,
 * or a typed “ where ” was meant. Markdown's escaped \[ are the author's, not brackets.
 */
export const unbalancedBrackets: Rule = {
  name: 'unbalanced-brackets',
  check(source) {
    const findings: RuleFinding[] = [];
    for (const span of proseSpans(source)) {
      const open: { char: string; at: number }[] = [];
      const chars = [...span.text];
      let at = 0;
      chars.forEach((char, index) => {
        const offset = span.offset + at;
        at += char.length;
        if (chars[index - 1] === '\\') return;
        if (pairs[char]) open.push({ char, at: offset });
        else if (closers.has(char)) {
          if (open.at(-1)?.char === closers.get(char)) open.pop();
          else findings.push(finding(offset, `“${char}”前面没有对应的“${closers.get(char)}”`, `补上“${closers.get(char)}”或删去“${char}”`));
        }
      });
      for (const left of open) findings.push(finding(left.at, `“${left.char}”没有对应的“${pairs[left.char]}”`, `在该结束的地方补上“${pairs[left.char]}”`));
    }
    return findings;
  },
};

function finding(offset: number, message: string, suggestion: string): RuleFinding {
  return { rule: unbalancedBrackets.name, severity: 'error', offset, message, suggestion };
}
