import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { packageRoot } from '../build/deck-assets.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerHandout } from './commands/handout.js';
import { registerImport } from './commands/import.js';
import { registerNotes } from './commands/notes.js';
import { registerOriginal } from './commands/original.js';
import { registerLayouts } from './commands/layouts.js';
import { registerPdf } from './commands/pdf.js';
import { registerPng } from './commands/png.js';
import { registerThemes } from './commands/themes.js';
import { describeError, isUserError } from './report.js';

const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };

const program = new Command('notice-deck')
  .description('把公文通知变成学习会用的幻灯片与打印材料 / turn an official notice into a study-meeting deck')
  .version(version)
  .showHelpAfterError();

// In the order of a secretary's work: get the notice in, make the deck, print, then look around.
registerImport(program);
registerBuild(program);
registerCheck(program);
registerPdf(program);
registerPng(program);
registerHandout(program);
registerNotes(program);
registerOriginal(program);
registerThemes(program);
registerLayouts(program);

try {
  await program.parseAsync();
} catch (error) {
  process.stderr.write(`notice-deck: ${describeError(error)}\n`);
  process.exitCode = isUserError(error) ? 1 : 2;
}
