import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** templates/print: the stylesheets and page scripts of the printed materials. */
const printTemplatesDir = fileURLToPath(new URL('../../templates/print/', import.meta.url));

export function printTemplatePath(name: string): string {
  return path.join(printTemplatesDir, name);
}

export async function readPrintTemplate(name: string): Promise<string> {
  return readFile(printTemplatePath(name), 'utf8');
}
