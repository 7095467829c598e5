/**
 * An error the user caused and can fix: bad input, a missing browser.
 * The CLI prints `message` on one line (no stack trace) and exits with code 1.
 */
export class UserError extends Error {
  override name = 'UserError';
}
