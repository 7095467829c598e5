import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonSchemas, schemasDir } from './json-schemas.js';

describe('published JSON Schemas', () => {
  it.each(Object.entries(jsonSchemas()))('schemas/%s is generated from the current zod schema (npm run schemas)', async (file, text) => {
    expect(await readFile(path.join(schemasDir, file), 'utf8')).toBe(text);
  });

  it.each([
    ['branch.schema.json', ['name', 'shortName', 'date']],
    ['deck.schema.json', undefined],
  ])('%s lists every field with a Chinese description and refuses unknown ones', (file, required) => {
    const schema = JSON.parse(jsonSchemas()[file]!) as { properties: Record<string, { description?: string }>; required?: string[]; additionalProperties: boolean };
    expect(schema.required).toEqual(required);
    expect(schema.additionalProperties).toBe(false);
    for (const [field, property] of Object.entries(schema.properties)) expect(property.description, field).toMatch(/[\u4e00-\u9fff]/u);
  });
});
