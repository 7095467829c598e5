// npm run schemas: writes schemas/*.json from the zod schemas (compiled code in lib/).
// src/branch/json-schemas.test.ts fails when the files are stale.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { jsonSchemas, schemasDir } from '../lib/branch/json-schemas.js';

for (const [file, text] of Object.entries(jsonSchemas())) {
  await writeFile(path.join(schemasDir, file), text);
  console.log(path.relative(process.cwd(), path.join(schemasDir, file)));
}
