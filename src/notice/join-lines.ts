import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A character set full width: Han, CJK punctuation and full-width forms. */
const wide = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef\\u2018-\\u201d\\u2026\\u2014]';
const breakBetweenWide = new RegExp(`(?<=${wide})[ \\t]*\\r?\\n[ \\t\\u3000]*(?=${wide})`, 'gu');

/**
 * Joins the lines of a paragraph that was wrapped by hand or copied from a PDF: in Chinese a line
 * break is not a space, but Markdown keeps it and browsers draw it as one (“网信 事业”). As CSS
 * Text's segment-break rule says, only a break between two full-width characters goes; one next
 * to Latin text stays a space.
 */
export function remarkJoinCjkLines() {
  return (tree: Root): void => {
    visit(tree, 'text', (node) => {
      node.value = node.value.replace(breakBetweenWide, '');
    });
  };
}
