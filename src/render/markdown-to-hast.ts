import type { ElementContent, Nodes } from 'hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema } from 'hast-util-sanitize';
import type { PhrasingContent, RootContent } from 'mdast';
import { toHast } from 'mdast-util-to-hast';

/**
 * GitHub's rules, plus the markup notice-deck itself adds to the notice's text: highlighted terms
 * (`<mark class="term">`), a wide table's smaller type and wrapped header labels (`<table class="table-small table-tight">`) and its numbers kept on one line (`<span class="keep-whole">`) and the smaller long cover title (`<span class="long-title">`), a joint document's issuers on the cover (`<span class="issuer-name">`), the label and content of an overview row, and a list item's own number and depth (`<li class="numbered depth-1">`).
 */
const schema: Schema = {
  ...defaultSchema,
  clobberPrefix: 'notice-',
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  attributes: {
    ...defaultSchema.attributes,
    mark: [['className', 'term']],
    table: [...(defaultSchema.attributes?.['table'] ?? []), ['className', 'table-small', 'table-tight']],
    span: [...(defaultSchema.attributes?.['span'] ?? []), ['className', 'long-title', 'issuer-name', 'row-label', 'row-content', 'row-wide', 'keep-whole']],
    li: [['className', 'task-list-item', 'numbered', 'depth-1', 'depth-2', 'depth-3']],
  },
};

/**
 * Markdown content as hast. Raw HTML in the notice is parsed and then sanitised (GitHub's rules),
 * so a notice can neither run script nor break the markup of a deck or a print document.
 */
export function markdownToHast(nodes: RootContent[]): ElementContent[] {
  const tree = toHast({ type: 'root', children: nodes }, { allowDangerousHtml: true });
  // raw() runs the whole tree through an HTML parser: a slide's worth of work that only raw HTML needs.
  const safe = sanitize(hasRawHtml(tree) ? raw(tree) : tree, schema);
  return safe.type === 'root' ? (safe.children as ElementContent[]) : [];
}

function hasRawHtml(node: Nodes): boolean {
  return node.type === 'raw' || ('children' in node && node.children.some(hasRawHtml));
}

/** Inline Markdown content (a heading's text) as hast, sanitised the same way. */
export function phrasingToHast(nodes: PhrasingContent[]): ElementContent[] {
  const [paragraph] = markdownToHast([{ type: 'paragraph', children: nodes }]).filter((node) => node.type === 'element');
  return paragraph?.type === 'element' ? paragraph.children : [];
}
