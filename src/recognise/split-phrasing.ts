import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';

/**
 * Cuts inline content at a character offset of its text, keeping formatting on both sides
 * (a **bold** run cut in two stays bold in both halves).
 */
export function splitPhrasing(nodes: PhrasingContent[], offset: number): [PhrasingContent[], PhrasingContent[]] {
  const before: PhrasingContent[] = [];
  const after: PhrasingContent[] = [];
  let remaining = offset;
  for (const node of nodes) {
    const length = toString(node).length;
    if (remaining <= 0) after.push(node);
    else if (length <= remaining) before.push(node);
    else if (node.type === 'text' || node.type === 'inlineCode') {
      before.push({ ...node, value: node.value.slice(0, remaining) });
      after.push({ ...node, value: node.value.slice(remaining) });
    } else if ('children' in node) {
      const [head, tail] = splitPhrasing(node.children as PhrasingContent[], remaining);
      before.push({ ...node, children: head } as PhrasingContent);
      after.push({ ...node, children: tail } as PhrasingContent);
    } else {
      before.push(node);
    }
    remaining -= length;
  }
  return [before, after];
}

/** Drops whitespace, full-width spaces included, at the start of inline content. */
export function trimStart(nodes: PhrasingContent[]): PhrasingContent[] {
  const [first, ...rest] = nodes;
  if (first?.type === 'text') {
    const value = first.value.replace(/^\s+/u, '');
    return value ? [{ ...first, value }, ...rest] : trimStart(rest);
  }
  return nodes;
}
