import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer';
import { UserError } from '../errors.js';

/** Where Chrome, Chromium or Edge usually live, most likely first. */
function systemBrowserPaths(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string[] {
  switch (platform) {
    case 'linux':
      return [
        '/usr/bin/chromium',
        '/usr/bin/chromium-browser',
        '/usr/bin/google-chrome',
        '/usr/bin/google-chrome-stable',
        '/snap/bin/chromium',
      ];
    case 'darwin':
      return [
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
        '/Applications/Chromium.app/Contents/MacOS/Chromium',
        '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      ];
    case 'win32': {
      const roots = [
        env['ProgramFiles'] ?? 'C:\\Program Files',
        env['ProgramFiles(x86)'] ?? 'C:\\Program Files (x86)',
        env['LOCALAPPDATA'],
      ].filter((root): root is string => Boolean(root));
      return ['Google\\Chrome\\Application\\chrome.exe', 'Microsoft\\Edge\\Application\\msedge.exe'].flatMap(
        (exe) => roots.map((root) => path.win32.join(root, exe)),
      );
    }
    default:
      return [];
  }
}

/**
 * The browser executable to drive: PUPPETEER_EXECUTABLE_PATH if set, else the first system install
 * found. Puppeteer never downloads its own browser here (see .puppeteerrc.cjs).
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): string {
  const fromEnv = env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) {
    if (!exists(fromEnv)) {
      throw new UserError(`PUPPETEER_EXECUTABLE_PATH 设成了 ${fromEnv}，但没有这个文件`);
    }
    return fromEnv;
  }
  const found = systemBrowserPaths(env, platform).find((file) => exists(file));
  if (found) return found;
  throw new UserError(
    [
      '找不到 Chrome 或 Chromium 浏览器；导出 PDF、图片和打印材料都要用到它。请安装一个：',
      '  Debian/Ubuntu：sudo apt-get install chromium',
      '  macOS：        brew install --cask google-chrome（或从 https://www.google.com/chrome/ 下载安装 Chrome）',
      '  Windows：      安装 Google Chrome 或 Microsoft Edge',
      '或者把环境变量 PUPPETEER_EXECUTABLE_PATH 设为浏览器程序的路径。',
    ].join('\n'),
  );
}

/** Starts the system Chromium headless; `env` replaces the environment it sees (tests hide fonts with it). */
export async function launchBrowser(options: { env?: NodeJS.ProcessEnv } = {}): Promise<Browser> {
  return puppeteer.launch({
    executablePath: findChromium(),
    ...(options.env ? { env: options.env } : {}),
    headless: true,
    args: [
      // Chrome's sandbox refuses to start as root, which is how CI runs us; we only open our own local decks.
      '--no-sandbox',
      // Containers often have a tiny /dev/shm; Chromium then crashes while rendering large pages.
      '--disable-dev-shm-usage',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--font-render-hinting=none',
    ],
  });
}
