import { textWidth } from './width.js';

/**
 * Contact lines (联系人：… / 电话：… / 电子邮箱：…): they belong together, verbatim, on one slide.
 */
const label = String.raw`(?:联\s*系\s*人|联系方式|\p{Script=Han}{0,6}电话|\p{Script=Han}{0,4}(?:邮箱|信箱)|办公(?:地点|地址)|电\s*话|手\s*机|座\s*机|电子(?:邮箱|信箱|邮件)|邮\s*箱|E-?mail|地\s*址|通讯地址|邮\s*编|传\s*真|QQ群?|官方微信|微信公众号|微\s*信|网\s*址)`;
const startsWithLabel = new RegExp(`^${label}\\s*[：:]`, 'iu');
/** In a contact block a place (地  点：305室) is one of its fields; alone, 地点 is an event's. */
const blockLabel = String.raw`(?:${label}|地\s*点)`;
const startsWithBlockLabel = new RegExp(`^${blockLabel}\\s*[：:]`, 'iu');
// A line may hold several fields: "联系人：王某某，电话：123。" is cut before each label.
const beforeLabel = new RegExp(`(?<=[，,；;。\\s])(?=${blockLabel}\\s*[：:])`, 'iu');

/** A line that ends with a telephone number or an e-mail address (市团校培训部  张老师  0571-88001234) is one contact's. */
export const contactNumberEnd = /(?:\d{3,4}[-—]\d{7,8}|\d{11}|@[\w.-]+\.[a-z]{2,})$/iu;

export interface ContactRow {
  label: string;
  value: string;
}

/** Whether the line is a contact line: it starts with a contact label and a colon. */
export function isContactLine(line: string): boolean {
  return startsWithLabel.test(line.trim());
}

/** A second contact's line is short: a name or an office and a number, not a sentence. */
const contactLineMaxWidth = 40;

/**
 * A line of a contact block after its first: a field (a place line too), or another contact's
 * office and name with a field after it or a number at its end (市少工委办公室 夏老师，电话：…).
 */
function continuesBlock(line: string): boolean {
  const value = line.trim();
  return startsWithBlockLabel.test(value) || (textWidth(value) <= contactLineMaxWidth && (contactNumberEnd.test(value) || beforeLabel.test(value)));
}

/** How many lines from `start` on are a contact block: contact lines, and lines that go on with it after the first. */
export function contactBlockLength(lines: readonly string[], start: number): number {
  let count = 0;
  while (start + count < lines.length && (count > 0 ? continuesBlock(lines[start + count]!) : startsWithLabel.test(lines[start + count]!.trim()))) count++;
  return count;
}

/** How many lines at the end of `lines` are a contact block (see contactBlockLength). */
export function trailingContactLength(lines: readonly string[]): number {
  let start = lines.length;
  while (start > 0 && continuesBlock(lines[start - 1]!)) start--;
  // The block starts at its first contact line: a place line before it is the text's.
  while (start < lines.length && !isContactLine(lines[start]!)) start++;
  return lines.length - start;
}

/** A line of a contact block as rows of label and value, verbatim ("电话：123。" → 电话 / 123。). */
export function contactRows(line: string): ContactRow[] {
  return line
    .trim()
    .split(beforeLabel)
    .map((field) => {
      const colon = field.search(/[：:]/u);
      if (colon < 0 || !startsWithBlockLabel.test(field)) return { label: '', value: field.trim() };
      return { label: field.slice(0, colon).trim(), value: field.slice(colon + 1).trim() };
    });
}

/** Whether a section is the contact block of the notice ("九、联系方式"). */
export function isContactHeading(heading: string): boolean {
  return /^(?:联系方式|联系人及联系方式|联系人|联系电话)[。：:]?$/u.test(heading.trim());
}
