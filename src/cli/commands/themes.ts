import { readFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { builtInThemesDir, defaultTheme, loadThemes } from '../../layout/themes.js';

export function registerThemes(program: Command): void {
  program
    .command('themes')
    .description('列出主题（用 --theme 名称 选用）')
    .action(async () => {
      for (const [name, file] of await loadThemes([builtInThemesDir])) {
        // A theme's first line is a comment that says what it is for.
        const description = /^\/\*\s*(.*?)\s*\*\//u.exec(await readFile(file, 'utf8'))?.[1] ?? '';
        process.stdout.write(`${name.padEnd(10)} ${description}${name === defaultTheme ? '（默认）' : ''}\n`);
      }
    });
}
