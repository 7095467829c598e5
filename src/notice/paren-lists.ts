import type { BlockContent, List, Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';

/**
 * `1) …` at the start of a line is a Markdown list item; in a notice it is the third level of
 * numbering, written with a half-width bracket. Such lists at the top level of the body become
 * paragraphs that start with their number again, so the structure is recognised as for `1.要…`.
 */
export function remarkParenNumbering() {
  return (tree: Root, file: VFile): void => {
    tree.children = tree.children.flatMap((node): RootContent[] => (isParenList(node, String(file.value)) ? unlist(node) : [node]));
  };
}

function isParenList(node: RootContent, source: string): node is List {
  if (node.type !== 'list' || !node.ordered) return false;
  const offset = node.position?.start.offset;
  return offset !== undefined && /^\d{1,2}\)/u.test(source.slice(offset, offset + 4));
}

function unlist(list: List): BlockContent[] {
  return list.children.flatMap((item, index): BlockContent[] => {
    const label = `${(list.start ?? 1) + index})`;
    const [first, ...rest] = item.children;
    const numbered: Paragraph =
      first?.type === 'paragraph'
        ? { ...first, children: [{ type: 'text', value: label }, ...first.children], ...(item.position ? { position: item.position } : {}) }
        : { type: 'paragraph', children: [{ type: 'text', value: label }], ...(item.position ? { position: item.position } : {}) };
    return [numbered, ...(first?.type === 'paragraph' ? rest : item.children) as BlockContent[]];
  });
}
