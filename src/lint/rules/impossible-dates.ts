import type { Rule, RuleFinding } from '../finding.js';
import { matches, proseSpans } from './spans.js';

/** 2024年2月30日, 2月30日, 13月; and the ISO dates of the date fields. */
const written = /(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/gu;
const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/gu;

/** A date that is not on the calendar: a typo no reader should have to catch on the slide. */
export const impossibleDates: Rule = {
  name: 'impossible-dates',
  check(source) {
    const dateFields = ['date', 'printDate'].flatMap((field) => source.fields.get(field) ?? []);
    const found = [...matches(proseSpans(source), written), ...matches(dateFields, iso)];
    return found.flatMap(({ match, offset }): RuleFinding[] => {
      const year = match[1] ? Number(match[1]) : 2024; // Without a year, 2月29日 may be right.
      const [month, day] = [Number(match[2]), Number(match[3])];
      const probe = new Date(Date.UTC(year, month - 1, day));
      if (month >= 1 && month <= 12 && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) return [];
      return [{ rule: impossibleDates.name, severity: 'error', offset, message: `“${match[0]}”不是真实的日期`, suggestion: '核对原件上的日期' }];
    });
  },
};
