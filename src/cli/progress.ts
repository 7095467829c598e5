/**
 * Progress lines for long work (PDF export), shown only to a person at a terminal: CI logs and
 * pipes stay quiet.
 */
export function createProgress(stream: NodeJS.WriteStream = process.stderr): (message: string) => void {
  if (!stream.isTTY || process.env.CI) return () => {};
  return (message) => stream.write(`${message}\n`);
}
