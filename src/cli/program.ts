import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Command, CommanderError } from 'commander';
import { packageRoot } from '../build/deck-assets.js';
import { registerBuild } from './commands/build.js';
import { registerCheck } from './commands/check.js';
import { registerHandout } from './commands/handout.js';
import { registerImport } from './commands/import.js';
import { registerNotes } from './commands/notes.js';
import { registerOriginal } from './commands/original.js';
import { registerLayouts } from './commands/layouts.js';
import { registerLint } from './commands/lint.js';
import { registerNewBranch } from './commands/new-branch.js';
import { registerPdf } from './commands/pdf.js';
import { registerPng } from './commands/png.js';
import { registerPptx } from './commands/pptx.js';
import { registerPrint } from './commands/print.js';
import { registerRecord } from './commands/record.js';
import { registerServe } from './commands/serve.js';
import { registerSignin } from './commands/signin.js';
import { registerThemes } from './commands/themes.js';
import { commanderProblem, reportError } from './report.js';

const { version } = JSON.parse(readFileSync(path.join(packageRoot, 'package.json'), 'utf8')) as { version: string };

function createProgram(): Command {
  const program = new Command('notice-deck')
    .description('把公文通知变成学习会用的幻灯片与打印材料 / turn an official notice into a study-meeting deck')
    .version(version)
    .option('--debug', '出错时显示详细信息（给开发者看）')
    .exitOverride()
    // Commander's own error lines are English; runCli says the same in Chinese.
    .configureOutput({ outputError: () => {} });

  // In the order of a secretary's work: get the notice in, make the deck, print, then look around.
  registerImport(program);
  registerNewBranch(program);
  registerLint(program);
  registerBuild(program);
  registerServe(program);
  registerCheck(program);
  registerPdf(program);
  registerPng(program);
  registerPptx(program);
  registerHandout(program);
  registerNotes(program);
  registerOriginal(program);
  registerPrint(program);
  registerSignin(program);
  registerRecord(program);
  registerThemes(program);
  registerLayouts(program);
  for (const command of program.commands) command.exitOverride().configureOutput({ outputError: () => {} });
  return program;
}

/**
 * Runs notice-deck on `argv` (as process.argv: node, script, then the arguments) and returns the
 * exit code: 0 done, 1 the user's mistake (one Chinese line), 2 a bug in notice-deck.
 */
export async function runCli(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const program = createProgram();
  // A command that reports its findings itself (check, lint, a batch of branches) says "not clean" through process.exitCode.
  const outer = process.exitCode;
  process.exitCode = undefined;
  try {
    await program.parseAsync([...argv]);
    return Number(process.exitCode ?? 0);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help, --version and a bare `notice-deck` (help on stderr) end this way too.
      if (error.exitCode === 0 || error.code === 'commander.help') return error.exitCode;
      process.stderr.write(`notice-deck: ${commanderProblem(error)}\n`);
      return 1;
    }
    const debug = argv.includes('--debug') || env['NOTICE_DECK_DEBUG'] === '1';
    const { line, exitCode } = reportError(error, debug);
    process.stderr.write(`${line}\n`);
    return exitCode;
  } finally {
    process.exitCode = outer;
  }
}
