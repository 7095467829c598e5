import { isMap, isScalar, isSeq, parseDocument, type Node } from 'yaml';
import type { LintSource, TextSpan } from './finding.js';

const frontMatter = /^---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/u;

/**
 * notice.md split into what the rules read, each piece with its offset in the file so a finding
 * can name its line and column: the front matter's string values (read with the yaml package,
 * which keeps their source ranges) and the body's lines.
 */
export function lintSource(text: string): LintSource {
  const match = frontMatter.exec(text);
  const fields = new Map<string, TextSpan[]>();
  if (match?.[1]) {
    const yamlStart = text.indexOf('\n') + 1;
    const document = parseDocument(match[1]);
    if (isMap(document.contents)) {
      for (const pair of document.contents.items) {
        if (!isScalar(pair.key)) continue;
        const field = String(pair.key.value);
        const spans = (isSeq(pair.value) ? pair.value.items : [pair.value]).flatMap((node) => scalarSpan(node as Node | null, match[1]!, yamlStart, field));
        if (spans.length > 0) fields.set(field, spans);
      }
    }
  }
  const bodyStart = match ? match[0].length : 0;
  const body: TextSpan[] = [];
  let offset = bodyStart;
  for (const line of text.slice(bodyStart).split('\n')) {
    const heading = /^#{1,6}\s+/u.exec(line)?.[0].length ?? 0;
    const content = line.replace(/\r$/u, '');
    if (content.trim() !== '' && !/^\s*<!--.*-->\s*$/u.test(content)) body.push({ text: content.slice(heading), offset: offset + heading });
    offset += line.length + 1;
  }
  return { fields, body };
}

/** A scalar's text and where it starts: the source text of a plain or quoted string (quotes left out). */
function scalarSpan(node: Node | null, yaml: string, yamlStart: number, field: string): TextSpan[] {
  if (!node || !isScalar(node) || !node.range || typeof node.value !== 'string') return [];
  const [start, end] = node.range;
  const raw = yaml.slice(start, end);
  const quoted = /^["']/u.test(raw) ? 1 : 0;
  const text = raw.slice(quoted, raw.length - quoted);
  // A value with escapes or folded over lines does not sit in the file as it reads: offsets into
  // it would point at the wrong characters, so the rules leave it alone.
  if (text !== node.value) return [];
  return [{ text, offset: yamlStart + start + quoted, field }];
}

/** 1-based line and column of an offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}
