import path from 'node:path';
import * as z from 'zod';
import { packageRoot } from '../build/deck-assets.js';
import { deckConfigSchema } from '../build/deck-config.js';
import { branchFileSchema } from './branch-schema.js';

/** Where the published JSON Schemas live in the package. */
export const schemasDir = path.join(packageRoot, 'schemas');
export const branchSchemaFile = 'branch.schema.json';

/**
 * JSON Schemas of deck.yaml and the branch file, generated from the zod schemas the program
 * checks them with, so an editor (VS Code YAML) completes and checks the same fields. They
 * describe what may be written (zod's input side); checks zod runs in code (a real date, a
 * known theme) stay the program's.
 */
export function jsonSchemas(): Record<string, string> {
  const render = (schema: z.ZodType, title: string) => `${JSON.stringify({ ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title }, null, 2)}\n`;
  return {
    'deck.schema.json': render(deckConfigSchema, 'notice-deck deck.yaml'),
    [branchSchemaFile]: render(branchFileSchema, 'notice-deck 支部文件 branches/<id>.yaml'),
  };
}
