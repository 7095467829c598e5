import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';

/**
 * The file under `root` that a request path names (a folder stands for its index.html), or
 * undefined when it names nothing servable: a missing file, a path that climbs out (`../`,
 * `%2e%2e/`, an encoded backslash), a NUL byte, or a symlink whose target lies outside `root`.
 * Real paths are compared, so no spelling of a path and no link can reach beyond the deck's output.
 */
export async function servedFile(root: string, requestPath: string): Promise<string | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(requestPath.split(/[?#]/u, 1)[0]!);
  } catch {
    return undefined;
  }
  if (!decoded.startsWith('/') || /[\\\0]/u.test(decoded)) return undefined;
  const segments = decoded.split('/').slice(1);
  if (segments.includes('..')) return undefined;
  const realRoot = await realpath(root);
  const inside = async (file: string) => {
    const real = await realpath(file).catch(() => undefined);
    return real && isInside(realRoot, real) ? real : undefined;
  };
  const found = await inside(path.join(realRoot, ...segments));
  if (!found) return undefined;
  const info = await stat(found);
  if (info.isDirectory()) return inside(path.join(found, 'index.html'));
  return info.isFile() ? found : undefined;
}

function isInside(root: string, file: string): boolean {
  const relative = path.relative(root, file);
  return relative === '' || (relative.split(path.sep)[0] !== '..' && !path.isAbsolute(relative));
}
