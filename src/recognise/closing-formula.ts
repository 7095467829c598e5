import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * The formula that closes a letter (特此通知。/ 特此函告。): read out, never shown. At the end of a
 * body it used to reach the slides only as a slide of its own, which the merge drops; a forwarding
 * notice has it mid-body, before the forwarded document, where it became a bullet.
 */
const closingFormula = /^特此(?:通知|通告|函告|报告|公告|批复|函复)[。！!.]?$/u;

export function isClosingFormula(node: RootContent): boolean {
  return node.type === 'paragraph' && closingFormula.test(toString(node).trim());
}
