import { titleEnding } from '../../import/document-parts.js';
import type { Rule } from '../finding.js';

/** A title names the kind of document last (…的通知, …的决定); one that does not was cut or mistyped. */
export const titleKind: Rule = {
  name: 'title-kind',
  check(source) {
    return (source.fields.get('title') ?? [])
      .filter((span) => !titleEnding.test(span.text.trim()) && !span.text.includes('请填写'))
      .map((span) => ({
        rule: titleKind.name,
        severity: 'warning' as const,
        offset: span.offset,
        message: `标题“${span.text}”没有以文种（通知、决定、意见、方案、办法、函……）结尾`,
        suggestion: '核对标题是否抄全',
      }));
  },
};
