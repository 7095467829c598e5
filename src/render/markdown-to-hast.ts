import type { ElementContent } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize } from 'hast-util-sanitize';
import type { PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * Markdown content as hast. Raw HTML in the notice is parsed and then sanitised (GitHub's rules),
 * so a notice can neither run script nor break the markup of a deck or a print document.
 */
export function markdownToHast(nodes: RootContent[]): ElementContent[] {
  const tree = toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true });
  const safe = sanitize(raw(tree), { ...defaultSchema, clobberPrefix: 'notice-' });
  return safe.type === 'root' ? (safe.children as ElementContent[]) : [];
}

/** Inline Markdown content (a heading's text) as hast, sanitised the same way. */
export function phrasingToHast(nodes: PhrasingContent[]): ElementContent[] {
  const [paragraph] = markdownToHast([{ type: 'paragraph', children: nodes }]).filter((node) => node.type === 'element');
  return paragraph?.type === 'element' ? paragraph.children : [];
}
