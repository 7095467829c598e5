import { createReadStream, createWriteStream, existsSync, readFileSync, rmSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createBrotliDecompress } from 'node:zlib';
import { UserError } from '../errors.js';
import { atExit } from '../process/at-exit.js';
import { removeStaleTemps, tempPathFor } from '../process/stale-temps.js';

/** Where the headless Chromium of @sparticuz/chromium lives once unpacked, and where it comes from. */
export interface BundledChromium {
  /** The Brotli-compressed executable inside the package. */
  compressed: string;
  /** `node_modules/.cache/notice-deck/chromium-<version>/chromium`: unpacked once, kept for later runs. */
  executable: string;
}

/**
 * The bundled Chromium, or undefined where npm did not install it: it is an optional dependency
 * for Linux x64 only (vendor/bundled-chromium), the one system its build runs on.
 */
export function locateBundledChromium(from: string = import.meta.url): BundledChromium | undefined {
  let entry: string;
  try {
    entry = createRequire(from).resolve('@sparticuz/chromium');
  } catch {
    return undefined;
  }
  // The package's exports hide its package.json and bin/; its entry is <package>/build/cjs/index.cjs.
  const packageDir = path.resolve(path.dirname(entry), '..', '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  const nodeModules = path.resolve(packageDir, '..', '..');
  return {
    compressed: path.join(packageDir, 'bin', 'chromium.br'),
    executable: path.join(nodeModules, '.cache', 'notice-deck', `chromium-${version}`, 'chromium'),
  };
}

export const noBrowserMessage = [
  '找不到 Chrome 或 Chromium 浏览器；导出 PDF、图片和打印材料都要用到它。请安装一个：',
  '  Linux x64：    重新运行 npm ci（不要加 --omit=optional），会装上自带的 Chromium',
  '  Debian/Ubuntu：sudo apt-get install chromium',
  '  macOS：        brew install --cask google-chrome（或从 https://www.google.com/chrome/ 下载安装 Chrome）',
  '  Windows：      安装 Google Chrome 或 Microsoft Edge',
  '或者把环境变量 PUPPETEER_EXECUTABLE_PATH 设为浏览器程序的路径。',
].join('\n');

/**
 * The path of the bundled Chromium, unpacked on first use (about 5 s, 190 MB). The executable
 * appears under its final name only once complete (temp file, then rename), so a run killed
 * half-way or two first runs at once never leave a broken browser behind.
 */
export async function bundledChromium(
  bundled: BundledChromium | undefined,
  progress: (message: string) => void = () => {},
): Promise<string> {
  if (!bundled) throw new UserError(noBrowserMessage);
  if (existsSync(bundled.executable)) return bundled.executable;
  const dir = path.dirname(bundled.executable);
  progress('第一次使用自带的 Chromium 浏览器，正在解压（只需一次，约 5 秒）……');
  const temp = tempPathFor(bundled.executable);
  const forget = atExit(() => rmSync(temp, { force: true }));
  try {
    await mkdir(dir, { recursive: true });
    await removeStaleTemps(dir);
    await pipeline(createReadStream(bundled.compressed), createBrotliDecompress(), createWriteStream(temp, { mode: 0o755 }));
    await rename(temp, bundled.executable);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UserError(`无法把自带的 Chromium 浏览器解压到 ${dir}：${(error as Error).message}；请重新运行 npm ci`);
  } finally {
    forget();
  }
  return bundled.executable;
}
