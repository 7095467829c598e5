import path from 'node:path';

/** A warning the user should see; the build goes on. */
export function warn(message: string): void {
  process.stderr.write(`warning: ${message}\n`);
}

/** A path as the user would type it from where they are. */
export function relative(file: string): string {
  return path.relative(process.cwd(), file) || '.';
}
