import type { VFile } from 'vfile';
import { LineCounter, isMap, isPair, isScalar, parseDocument, type Node as YamlNode } from 'yaml';
import type { z } from 'zod';

export interface YamlPlace {
  /** The line of the file the YAML text starts on. */
  firstLine: number;
  /** What the YAML is, for messages: “front matter”, “deck.yaml”. */
  what: string;
  /** What its keys are called in messages: “front-matter field”, “deck.yaml field”. */
  fieldLabel: string;
}

/**
 * Parses YAML and validates it against a strict zod object schema. The first problem is a fatal
 * message on `file` at the line and column of the offending key or value, with the valid field
 * meant for a misspelt one.
 */
export function parseYamlWith<Schema extends z.ZodObject>(schema: Schema, text: string, file: VFile, place: YamlPlace): z.output<Schema> {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: place.firstLine + line - 1, column: col };
  };
  const [yamlError] = document.errors;
  if (yamlError) file.fail(`${place.what} is not valid YAML: ${firstSentence(yamlError.message)}`, at(yamlError.pos[0]));
  const result = schema.safeParse(document.toJS() ?? {});
  if (result.success) return result.data;
  const fields = Object.keys(schema.shape);
  const [issue] = result.error.issues;
  if (issue?.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const suggestion = closestField(key, fields);
    const hint = suggestion ? `did you mean \`${suggestion}\`?` : `valid fields: ${fields.join(', ')}`;
    file.fail(`unknown ${place.fieldLabel} \`${key}\`: ${hint}`, positionOf(document.contents, [key], at, true));
  }
  const path = (issue?.path ?? []).map(String);
  const missing = issue?.code === 'invalid_type' && issue.input === undefined;
  const field = `${place.fieldLabel} \`${path.join('.')}\``;
  return file.fail(missing ? `${field} is required` : `${field}: ${issue?.message}`, positionOf(document.contents, path, at, false));
}

/** The position of the value (or, for unknown keys, the key) at `path` in the YAML document. */
function positionOf(root: YamlNode | null, path: string[], at: (offset: number) => { line: number; column: number }, wantKey: boolean) {
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

function closestField(key: string, fields: string[]): string | undefined {
  let best: { field: string; distance: number } | undefined;
  for (const field of fields) {
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
