import type { LintSource, TextSpan } from '../finding.js';

/** Front-matter fields whose values are prose: the rules on wording read them as well as the body. */
const proseFields = ['title', 'addressees', 'attachments', 'signature', 'cc', 'printer', 'issuer'];

/** The prose of the notice: those fields' values, then the body's lines. */
export function proseSpans(source: LintSource): TextSpan[] {
  return [...proseFields.flatMap((field) => source.fields.get(field) ?? []), ...source.body];
}

/** Each match of a global pattern in each span, with its offset in the file. */
export function* matches(spans: TextSpan[], pattern: RegExp): Generator<{ match: RegExpExecArray; offset: number; span: TextSpan }> {
  for (const span of spans) {
    for (const match of span.text.matchAll(pattern)) yield { match, offset: span.offset + match.index, span };
  }
}
