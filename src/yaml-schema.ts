import type { VFile } from 'vfile';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YamlNode, type YAMLError } from 'yaml';
import type { z } from 'zod';

export interface YamlPlace {
  /** The line of the file the YAML text starts on. */
  firstLine: number;
  /** What the YAML is, for messages: “信息区”, “deck.yaml”. */
  what: string;
  /** What its keys are called in messages: “信息区字段”, “deck.yaml 字段”. */
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
  if (yamlError) file.fail(`${spaced(place.what, '的写法有误')}：${yamlProblem(yamlError)}`, at(yamlError.pos[0]));
  const data: unknown = document.toJS() ?? {};
  const result = schema.safeParse(data, { error: chineseIssue });
  if (result.success) return result.data;
  const fields = Object.keys(schema.shape);
  const [issue] = result.error.issues;
  if (issue?.code === 'unrecognized_keys') {
    const [key = ''] = issue.keys;
    const suggestion = closestField(key, fields);
    const hint = suggestion ? `，是不是 \`${suggestion}\`？` : `；可用的字段：${fields.join('、')}`;
    file.fail(`${spaced('未知的', place.fieldLabel)} \`${key}\`${hint}`, positionOf(document.contents, [key], at, true));
  }
  const path = (issue?.path ?? []).map(String);
  if (path.length === 0) {
    return file.fail(`${spaced(place.what, '应当每行写一个')}“字段名: 内容”（半角冒号后面加一个空格）`, positionOf(document.contents, path, at, false));
  }
  const missing = issue?.code === 'invalid_type' && valueAt(data, path) === undefined;
  const field = `${place.fieldLabel} \`${path.join('.')}\``;
  return file.fail(missing ? spaced('缺少必填的', field) : `${field}：${issue?.message ?? '写得不对'}`, positionOf(document.contents, path, at, false));
}

/** Chinese next to a Latin word takes a space between them: “deck.yaml 字段”, “未知的 deck.yaml 字段”. */
function spaced(before: string, after: string): string {
  return /[\w.]$/u.test(before) || /^[\w.]/u.test(after) ? `${before} ${after}` : before + after;
}

function valueAt(data: unknown, path: string[]): unknown {
  let value = data;
  for (const segment of path) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[segment] : undefined;
  return value;
}

/** What the values zod expects are called in messages. */
const typeNames: Record<string, string> = {
  string: '文字',
  number: '数字',
  boolean: 'true 或 false',
  array: '列表（每行以“- ”开头）',
  record: '一组“名称: 值”',
  object: '一组“名称: 值”',
};

/**
 * zod's own messages in Chinese, for the issues a schema gives no message of its own: a user never
 * sees zod's English. Messages the schemas set themselves take precedence over this map.
 */
function chineseIssue(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      // An empty `title:` is null in YAML.
      if (issue.input === null || issue.input === '') return '不能为空';
      return `应当是${typeNames[issue.expected] ?? issue.expected}`;
    case 'too_small':
      return issue.origin === 'array' ? '列表不能为空' : '不能为空';
    case 'too_big':
      return '太长了';
    case 'invalid_format':
      return '格式不对';
    case 'invalid_value':
      return `应当是 ${issue.values.map(String).join('、')} 之一`;
    case 'invalid_key':
      return issue.issues[0]?.message ?? '名称不对';
    case 'invalid_union': {
      // The option the value nearly matched says best what is wrong: `attachments: ''` is an empty text, not a wrong type.
      const near = issue.errors.flat().find((sub) => sub.code !== 'invalid_type');
      if (near) return near.message;
      const expected = [...new Set(issue.errors.flat().flatMap((sub) => (sub.code === 'invalid_type' ? [typeNames[sub.expected] ?? sub.expected] : [])))];
      return expected.length > 0 ? `应当是${expected.join('或')}` : '写得不对';
    }
    default:
      return '写得不对';
  }
}

/** The YAML parser's problem in words a secretary can act on. */
function yamlProblem(error: YAMLError): string {
  switch (error.code) {
    case 'DUPLICATE_KEY':
      return '同一个字段写了两次';
    case 'TAB_AS_INDENT':
      return '不能用 Tab 键缩进，请改用空格';
    case 'MISSING_CHAR':
      return /quote/u.test(error.message) ? '引号没有成对' : '少了冒号、括号或引号';
    case 'BAD_INDENT':
      return /flow/iu.test(error.message) ? '括号 [ ] 或 { } 没有成对' : '缩进不对：字段名要顶格写';
    case 'BLOCK_AS_IMPLICIT_KEY':
      return '这一行多了“: ”或缩进不对：字段名要顶格写，内容里的冒号请用全角“：”或给内容加上引号';
    case 'BAD_SCALAR_START':
      return '内容不能以这个符号开头，请给内容加上引号';
    default:
      return '每行应当是“字段名: 内容”（半角冒号后面加一个空格）';
  }
}

/**
 * Line and column of the value at `path` (a top-level field, or `['hide', 1]`: the second item) in
 * YAML `text` that starts on line `firstLine`, or of the top when it is not there: for a message
 * about it found later.
 */
export function yamlValuePosition(text: string, path: string | (string | number)[], firstLine = 1): { line: number; column: number } {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  return positionOf(document.contents, (typeof path === 'string' ? [path] : path).map(String), (offset) => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: firstLine + line - 1, column: col };
  }, false);
}

/** The position of the value (or, for unknown keys, the key) at `path` in the YAML document. */
function positionOf(root: YamlNode | null, path: string[], at: (offset: number) => { line: number; column: number }, wantKey: boolean) {
  let node: unknown = root;
  let keyNode: unknown;
  for (const segment of path) {
    if (isSeq(node) && node.items[Number(segment)]) {
      // An item of a list (`hide: [agenda, cover]`): the item itself, not the list.
      node = node.items[Number(segment)];
      keyNode = undefined;
      continue;
    }
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
