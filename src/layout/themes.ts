import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { UserError } from '../errors.js';

export const builtInThemesDir = fileURLToPath(new URL('../../templates/themes/', import.meta.url));
export const defaultTheme = 'formal';

/** Theme name → its CSS file; a deck's own themes override built-in ones of the same name. */
export async function loadThemes(directories: string[]): Promise<Map<string, string>> {
  const themes = new Map<string, string>();
  for (const directory of directories) {
    const files = await readdir(directory).catch(() => [] as string[]);
    for (const file of files.filter((name) => name.endsWith('.css')).sort()) themes.set(path.basename(file, '.css'), path.join(directory, file));
  }
  return themes;
}

export function themeNamed(themes: Map<string, string>, name: string): string {
  const file = themes.get(name);
  if (!file) throw new UserError(`主题“${name}”不存在；可用的主题：${[...themes.keys()].join('、')}`);
  return file;
}
