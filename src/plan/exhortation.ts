import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isClosingFormula } from '../recognise/closing-formula.js';

/**
 * How the exhortation that closes a decision or notice begins (希望受到表彰的…, 号召全校团员…,
 * 各级团组织要…, 让我们…): the 公文's last paragraphs, addressed to the readers.
 */
const opener = /^(?:希望|号召|让我们|(?:各级|广大|全体)[^，。；：]{0,12}要)/u;

/**
 * Where the closing exhortation of a body written without parts starts: the index of the first of
 * its last paragraphs that open like one (a closing formula may follow them). `nodes.length` when
 * there is none, or when it would be the whole body: then it is the body, not its close.
 */
export function exhortationStart(nodes: readonly RootContent[]): number {
  let start = nodes.length;
  for (let index = nodes.length - 1; index >= 0; index--) {
    const node = nodes[index]!;
    if (isClosingFormula(node)) continue;
    if (node.type !== 'paragraph' || !opener.test(toString(node).trim())) break;
    start = index;
  }
  const before = nodes.slice(0, start).some((node) => node.type === 'paragraph' && !isClosingFormula(node));
  return before ? start : nodes.length;
}
