import type { Element, Root, RootContent, Text } from 'hast';

/** Elements whose text is never drawn. */
export const undrawn = new Set(['head', 'script', 'style', 'template', 'noscript']);

/** Every drawn text of `tree`, in document order. */
export function drawnTexts(tree: Root, skip: (element: Element) => boolean = () => false): string[] {
  const texts: string[] = [];
  const walk = (nodes: readonly RootContent[]) => {
    for (const node of nodes) {
      if (isDrawnText(node)) texts.push(node.value);
      else if (node.type === 'element' && !undrawn.has(node.tagName) && !skip(node)) walk(node.children);
    }
  };
  walk(tree.children);
  return texts;
}

export function isDrawnText(node: RootContent): node is Text {
  return node.type === 'text' && node.value.trim() !== '';
}
