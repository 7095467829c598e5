import type { Root, Yaml } from 'mdast';
import type { VFile } from 'vfile';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';
import { noticeMetadataFields, noticeMetadataSchema, type NoticeMetadata } from './metadata.js';

declare module 'vfile' {
  interface DataMap {
    /** The validated front matter of notice.md. */
    notice: NoticeMetadata;
  }
}

/**
 * Reads the YAML front matter into `file.data.notice`, validated against the notice schema, and
 * removes it from the tree. Every problem is a fatal message at the line and column of the field.
 */
export function remarkNoticeFrontMatter() {
  return (tree: Root, file: VFile): void => {
    const yamlNode = tree.children.find((node): node is Yaml => node.type === 'yaml');
    if (!yamlNode) {
      file.fail('no front matter: notice.md must start with a `---` block holding at least `issuer:` and `title:`', {
        line: 1,
        column: 1,
      });
    }
    tree.children = tree.children.filter((node) => node !== yamlNode);

    // Positions inside the YAML are relative to its content, which starts on the line after `---`.
    const firstLine = (yamlNode.position?.start.line ?? 1) + 1;
    const lineCounter = new LineCounter();
    const document = parseDocument(yamlNode.value, { lineCounter, prettyErrors: false, uniqueKeys: true });
    const at = (offset: number) => {
      const { line, col } = lineCounter.linePos(offset);
      return { line: firstLine + line - 1, column: col };
    };

    const [yamlError] = document.errors;
    if (yamlError) {
      file.fail(`front matter is not valid YAML: ${firstSentence(yamlError.message)}`, at(yamlError.pos[0]));
    }
    const value: unknown = document.toJS() ?? {};
    const result = noticeMetadataSchema.safeParse(value);
    if (!result.success) {
      const [issue] = result.error.issues;
      if (issue) reportIssue(file, issue, document.contents, at);
    }
    file.data.notice = result.data;
  };
}

function reportIssue(
  file: VFile,
  issue: z.core.$ZodIssue,
  root: YamlNode | null,
  at: (offset: number) => { line: number; column: number },
): never {
  if (issue.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const suggestion = closestField(key);
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : `valid fields: ${noticeMetadataFields.join(', ')}`;
    file.fail(`unknown front-matter field \`${key}\`: ${hint}`, place(root, [key], at, true));
  }
  const [field = ''] = issue.path.map(String);
  const missing = issue.code === 'invalid_type' && issue.input === undefined;
  const reason = missing ? 'is required' : issue.message;
  file.fail(`front-matter field \`${field}\` ${reason}`, place(root, issue.path.map(String), at, false));
}

/** The position of the value (or, for unknown keys, the key) at `path` in the YAML document. */
function place(
  root: YamlNode | null,
  path: string[],
  at: (offset: number) => { line: number; column: number },
  wantKey: boolean,
) {
  let node: unknown = root;
  let keyNode: unknown;
  for (const segment of path) {
    if (!isMap(node)) break;
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === segment);
    if (!pair) break;
    keyNode = pair.key;
    node = pair.value;
  }
  const target = (wantKey ? keyNode : node) ?? keyNode ?? root;
  const range = (target as YamlNode | null)?.range;
  return range ? at(range[0]) : at(0);
}

function closestField(key: string): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of noticeMetadataFields) {
    const distance = editDistance(key.toLowerCase(), field.toLowerCase());
    if (!best || distance < best.distance) best = { field, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(best.field.length / 3)) ? best.field : undefined;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
