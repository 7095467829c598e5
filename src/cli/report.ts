import type { CommanderError } from 'commander';
import { VFileMessage } from 'vfile-message';
import { UserError } from '../errors.js';

/**
 * What the user sees for an error: their own mistake as one line (`file:line:column: reason` for
 * notice problems, the message itself otherwise), exit code 1; anything else is a bug in
 * notice-deck: one Chinese line, exit code 2, the stack trace only when debugging.
 */
export function reportError(error: unknown, debug: boolean): { line: string; exitCode: 1 | 2 } {
  const user = userMessage(error);
  if (user !== undefined) return { line: `notice-deck: ${user}${debug && error instanceof Error && error.stack ? `\n${error.stack}` : ''}`, exitCode: 1 };
  if (debug) return { line: `notice-deck 内部错误：${error instanceof Error ? (error.stack ?? error.message) : String(error)}`, exitCode: 2 };
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return { line: `notice-deck 内部错误：${reason}；加 --debug 查看详情`, exitCode: 2 };
}

/** The error as one line without the program's name, for messages shown elsewhere (serve's page). */
export function describeError(error: unknown): string {
  return userMessage(error) ?? `内部错误：${error instanceof Error ? error.message.split('\n')[0] : String(error)}`;
}

/** Whether the error is the user's mistake (a message that names its file), not a bug. */
export function isUserError(error: unknown): boolean {
  return userMessage(error) !== undefined;
}

function userMessage(error: unknown): string | undefined {
  if (error instanceof VFileMessage) {
    const where = [error.file, error.line, error.column].filter((part) => part !== undefined && part !== '').join(':');
    return where ? `${where}: ${error.reason}` : error.reason;
  }
  if (error instanceof UserError) return error.message;
  return undefined;
}

/** Commander's complaints about the command line, in Chinese. */
export function commanderProblem(error: CommanderError): string {
  const quoted = /'([^']*)'/u.exec(error.message)?.[1] ?? '';
  const help = '；用 notice-deck --help 查看用法';
  switch (error.code) {
    case 'commander.unknownOption':
      return `没有 ${quoted} 这个选项${help}`;
    case 'commander.unknownCommand':
      return `没有 ${quoted} 这个命令${help}`;
    case 'commander.missingArgument':
      return `缺少参数 ${quoted}${help}`;
    case 'commander.optionMissingArgument':
      return `选项 ${quoted.split(' ')[0]} 后面要写一个值${help}`;
    case 'commander.excessArguments':
      return `参数太多了${help}`;
    case 'commander.invalidArgument':
      // Our own argument parsers throw Chinese reasons: "option '--paper <size>' argument 'x' is invalid. 请从 …"
      return `${quoted.split(' ')[0]} 的值不对：${error.message.replace(/^.*?invalid\.\s*/u, '')}`;
    default:
      return `命令行写得不对${help}`;
  }
}
