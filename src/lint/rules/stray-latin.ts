import type { Rule, RuleFinding } from '../finding.js';
import { matches, proseSpans } from './spans.js';

const chinese = '[\\p{Script=Han}\\u3000-\\u303f\\uff01-\\uff5e“”‘’—…]';
/**
 * Lower-case Latin words with Chinese on both sides, a Han character on one side at least: an
 * English word left in by a translation or an input method (平台 and “青少年). Acronyms and names
 * (APP, QQ, WiFi) have capitals and stay; an English phrase set off by punctuation is meant.
 */
const stray = new RegExp(
  `(?<=\\p{Script=Han}\\s*)[a-z]+(?:\\s+[a-z]+)*(?=\\s*${chinese})|(?<=${chinese}\\s*)[a-z]+(?:\\s+[a-z]+)*(?=\\s*\\p{Script=Han})`,
  'gu',
);
const translations: Record<string, string> = { and: '和', or: '或', with: '与', of: '的', to: '到', in: '在', the: '' };

export const strayLatin: Rule = {
  name: 'stray-latin',
  check(source) {
    const findings: RuleFinding[] = [];
    for (const { match, offset } of matches(proseSpans(source), stray)) {
      const translation = translations[match[0]];
      findings.push({
        rule: strayLatin.name,
        severity: 'warning',
        offset,
        message: `中文句子里夹着英文“${match[0]}”`,
        suggestion: translation === undefined ? '改成中文或删去' : translation === '' ? `删去“${match[0]}”` : `多半应为“${translation}”`,
      });
    }
    return findings;
  },
};
