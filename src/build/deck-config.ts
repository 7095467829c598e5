import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import * as z from 'zod';
import { slideSizes } from '../render/slide-size.js';
import { UserError } from '../errors.js';
import { resolveInDeck } from './deck-file.js';
import { parseYamlWith, yamlValuePosition } from '../yaml-schema.js';

/** The optional file beside notice.md that sets a deck's look. */
export const deckConfigFileName = 'deck.yaml';

// Custom property names and values go into CSS: keep them to what CSS values need, so no value
// can close the rule or open another.
const variableName = /^[a-z][a-z0-9-]*$/u;
const variableValue = /^[#\w\s.,%()'"+-]+$/u;

export const deckConfigSchema = z.strictObject({
  /** Theme name, from templates/themes or the deck's own templates folder. */
  theme: z.string().trim().min(1).optional().describe('默认主题：formal（党建红）、light（浅色）、contrast（高对比）、print（白底黑字），或自己 templates/themes 里的'),
  /** Slide size, 16:9 or 4:3. */
  size: z
    .string()
    .trim()
    .refine((name) => name in slideSizes, { message: `幻灯片尺寸只能是 ${Object.keys(slideSizes).join('、')}（加引号写，如 '4:3'）` })
    .optional()
    .describe(`幻灯片尺寸：${Object.keys(slideSizes).join(' 或 ')}（加引号写，如 '4:3'）`),
  /** The deck's templates folder (relative to the deck) with layouts/ and themes/ that override built-in ones. */
  templates: z.string().trim().min(1).optional().describe('本课件自己的模板文件夹，其中 layouts/、themes/ 里的同名文件覆盖内置版式和主题'),
  /** The branch's logo: a picture in the deck folder, shown small on content slides. */
  logo: z.string().trim().min(1).optional().describe('支部标志图片（放在同一文件夹），显示在内容页左下角'),
  /** A line of text shown on content slides, e.g. the branch's name. */
  footer: z.string().trim().min(1).optional().describe('内容页底部的一行文字，如支部名称'),
  /** Theme custom properties to override, without the leading `--`: `color-accent: '#a00000'`. */
  variables: z
    .record(
      z.string().regex(variableName, { message: '变量名应当像 color-accent 或 size-body 这样（小写字母、数字和连字符）' }),
      z.union([z.string(), z.number()]).transform(String).refine((value) => variableValue.test(value), { message: '变量值里不能有 ; { } < > 或反斜杠' }),
    )
    .optional()
    .describe("覆盖主题变量（不写前面的 --），如 color-accent: '#a00000'；名称见 templates/base.css"),
});

export type DeckConfig = z.output<typeof deckConfigSchema>;

export interface LoadedDeckConfig {
  config: DeckConfig;
  /** Throws a message at the line of `field`'s value in deck.yaml: “deck.yaml:3:7: 字段 `logo`：…”. */
  fail(field: keyof DeckConfig, reason: string): never;
}

/** The deck's deck.yaml, validated, or an empty config when there is none. */
export async function readDeckConfig(deckDirectory: string): Promise<LoadedDeckConfig> {
  const file = path.join(deckDirectory, deckConfigFileName);
  const shown = path.relative(process.cwd(), file) || file;
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    if (error.code === 'EISDIR') throw new UserError(`${shown}：这是一个文件夹；deck.yaml 应当是一个文本文件`);
    throw error;
  });
  if (text !== undefined && 'problem' in resolveInDeck(deckDirectory, deckConfigFileName, 'file')) {
    throw new UserError(`${shown}：是指向幻灯片文件夹外面的链接；deck.yaml 要放在幻灯片文件夹里`);
  }
  const vfile = new VFile({ path: shown, value: text ?? '' });
  const fail = (field: keyof DeckConfig, reason: string): never =>
    vfile.fail(`${deckConfigFileName} 字段 \`${field}\`：${reason}`, yamlValuePosition(text ?? '', field));
  if (text === undefined) return { config: {}, fail };
  const config = parseYamlWith(deckConfigSchema, text, vfile, { firstLine: 1, what: deckConfigFileName, fieldLabel: `${deckConfigFileName} 字段` });
  return { config, fail };
}
