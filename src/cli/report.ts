import { VFileMessage } from 'vfile-message';
import { UserError } from '../errors.js';

/**
 * The one line (or, for a missing browser, few lines) a user sees for an error they can fix:
 * `file:line:column: reason` for notice problems, the message itself otherwise. Anything else is
 * a bug in notice-deck and keeps its stack trace.
 */
export function describeError(error: unknown): string {
  if (error instanceof VFileMessage) {
    const where = [error.file, error.line, error.column].filter((part) => part !== undefined && part !== '').join(':');
    return where ? `${where}: ${error.reason}` : error.reason;
  }
  if (error instanceof UserError) return error.message;
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

export function isUserError(error: unknown): boolean {
  return error instanceof VFileMessage || error instanceof UserError;
}
