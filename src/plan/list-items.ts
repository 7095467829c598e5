import type { ListItem, PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { startsWithNumber } from '../recognise/numbering.js';
import { paragraph } from './mdast.js';

/**
 * Items of a list on a slide. An item that starts with its own number (1、 / （1） / ①) shows that
 * number and no bullet before it (`li.numbered`); an item nested under another (a （1） under a
 * 1. under a （一）) is indented by its depth (`li.depth-N`), so nested levels read as nested.
 */

/** How far each level of nesting indents an item, in em: as `li.depth-N` in base.css sets it. */
export const indentPerDepth = 1.5;
/** The deepest indent the stylesheet has; deeper items stay at it. */
const maxDepth = 3;

export function listItem(children: PhrasingContent[], depth = 0): ListItem {
  const className = [
    // A bullet before an item's own number would be a second marker.
    ...(startsWithNumber(toString({ type: 'paragraph', children })) ? ['numbered'] : []),
    ...(depth > 0 ? [`depth-${Math.min(depth, maxDepth)}`] : []),
  ];
  return {
    type: 'listItem',
    spread: false,
    ...(className.length > 0 ? { data: { hProperties: { className } } } : {}),
    children: [paragraph(children)],
  };
}

/** How many em an item is indented by its depth. */
export function itemIndent(item: ListItem): number {
  const classes = item.data?.hProperties?.['className'];
  const depth = Array.isArray(classes) ? classes.map((name) => /^depth-(\d)$/u.exec(String(name))?.[1]).find(Boolean) : undefined;
  return depth ? Number(depth) * indentPerDepth : 0;
}
