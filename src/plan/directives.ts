import type { Html } from 'mdast';
import type { VFile } from 'vfile';

/** What an author can say to the planner in an HTML comment before a block. */
export type Directive = { kind: 'layout'; layout: string } | { kind: 'notes'; notes: string } | { kind: 'skip' };

const directiveNames = ['layout', 'notes', 'skip'] as const;

const comment = /^<!--\s*([a-z][a-z-]*)\s*(?::\s*([\s\S]*?))?\s*-->$/u;

/**
 * The directive an HTML comment holds (`<!-- layout: cards -->`, `<!-- notes: … -->`,
 * `<!-- skip -->`), undefined for a comment in prose, and a fatal error for a misspelt one.
 */
export function readDirective(node: Html, file: VFile, layoutNames: string[]): Directive | undefined {
  const match = comment.exec(node.value.trim());
  if (!match) return undefined;
  const [, name, argument = ''] = match;
  const place = node.position;
  switch (name) {
    case 'layout':
      if (!layoutNames.includes(argument)) {
        file.fail(`指令里的版式“${argument}”不存在；可用的版式：${layoutNames.join('、')}`, place);
      }
      return { kind: 'layout', layout: argument };
    case 'notes':
      return { kind: 'notes', notes: argument };
    case 'skip':
      return { kind: 'skip' };
    default:
      return file.fail(`指令“${name}”不存在；可用的指令：${directiveNames.join('、')}`, place);
  }
}
