import fs from 'node:fs';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer';
import { UserError } from '../errors.js';
import { atExit } from '../process/at-exit.js';
import { runSubdir } from '../process/run-dir.js';
import { bundledChromium, locateBundledChromium } from './bundled-chromium.js';

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

/** Which browser to drive, and why: the user's choice, an installed one, or the one npm brought. */
export type BrowserChoice =
  | { source: 'PUPPETEER_EXECUTABLE_PATH'; executable: string }
  | { source: 'system'; executable: string }
  | { source: 'bundled' };

/** The environment variable that skips installed browsers for the bundled Chromium (the tests use it too). */
export const forceVariable = 'NOTICE_DECK_BROWSER';

/**
 * PUPPETEER_EXECUTABLE_PATH if set; else the bundled Chromium if NOTICE_DECK_BROWSER=bundled; else
 * the first installed Chrome, Chromium or Edge; else the bundled Chromium. Puppeteer never downloads
 * its own browser (see .puppeteerrc.cjs).
 */
export function chooseBrowser(
  env: NodeJS.ProcessEnv = process.env,
  platform: NodeJS.Platform = process.platform,
  exists: (file: string) => boolean = fs.existsSync,
): BrowserChoice {
  const fromEnv = env['PUPPETEER_EXECUTABLE_PATH'];
  if (fromEnv) return { source: 'PUPPETEER_EXECUTABLE_PATH', executable: fromEnv };
  const forced = env[forceVariable];
  if (forced === 'bundled') return { source: 'bundled' };
  if (forced) throw new UserError(`环境变量 ${forceVariable} 只能设为 bundled（用自带的 Chromium），现在是“${forced}”`);
  const found = systemBrowserPaths(env, platform).find((file) => exists(file));
  return found ? { source: 'system', executable: found } : { source: 'bundled' };
}

/** Why `file` cannot be a browser (missing, a folder, not executable), in a user's words; undefined if it may be one. */
export function unusableExecutable(file: string): string | undefined {
  let stats: fs.Stats;
  try {
    stats = fs.statSync(file);
  } catch {
    return '没有这个文件';
  }
  if (stats.isDirectory()) return '这是一个文件夹，不是浏览器程序';
  try {
    fs.accessSync(file, fs.constants.X_OK);
  } catch {
    return '这个文件不能运行，不是浏览器程序';
  }
  return undefined;
}

async function executableOf(choice: BrowserChoice, progress: (message: string) => void): Promise<string> {
  if (choice.source === 'bundled') return bundledChromium(locateBundledChromium(), progress);
  const problem = unusableExecutable(choice.executable);
  if (problem) throw launchError(choice, choice.executable, problem);
  return choice.executable;
}

function launchError(choice: BrowserChoice, executable: string, reason: string): UserError {
  if (choice.source === 'PUPPETEER_EXECUTABLE_PATH') {
    return new UserError(`环境变量 PUPPETEER_EXECUTABLE_PATH 设成了 ${executable}，但${reason}：请设为 Chrome 或 Chromium 的程序文件，或者删掉这个设置`);
  }
  return new UserError(`浏览器 ${executable} 启动不了（${reason}）；可以用环境变量 PUPPETEER_EXECUTABLE_PATH 指定另一个浏览器`);
}

/** The line of Chromium's output that says why it did not start, e.g. a missing shared library. */
export function launchFailureReason(error: unknown): string {
  const lines = String((error as Error).message ?? error).split('\n').map((line) => line.trim()).filter(Boolean);
  return lines.find((line) => /error while loading|cannot|not found|ENOEXEC|EACCES/i.test(line)) ?? lines[0] ?? '';
}

export interface LaunchOptions {
  /** Replaces the environment the browser is chosen by and sees (tests hide fonts with it). */
  env?: NodeJS.ProcessEnv;
  /** A line of progress for a person watching (the bundled browser's first unpack). */
  progress?: (message: string) => void;
  /**
   * Talk over a local debugging port instead of the pipe, so that other processes can connect
   * (the test suite shares one browser across its workers). Such a browser outlives a SIGKILLed parent.
   */
  connectable?: boolean;
  /**
   * Puppeteer's request events (page.on('request'), 'requestfailed'), on by default. Off for pages
   * that load only a deck folded into one file (withFoldedDeck): its fonts are data: URLs, whose
   * events, each with the whole URL, cost ~0.1 s of CPU per deck; collectProblems then learns of a
   * failed load from Chromium's console.
   */
  trackRequests?: boolean;
}

/**
 * Starts the chosen browser headless. It talks to us over a pipe, so it exits when this process
 * dies, even by SIGKILL; its profile is in this run's temp folder, removed when the run ends.
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const choice = chooseBrowser(options.env);
  const executablePath = await executableOf(choice, options.progress ?? (() => {}));
  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      executablePath,
      ...(options.env ? { env: options.env } : {}),
      headless: true,
      pipe: !options.connectable,
      networkEnabled: options.trackRequests ?? true,
      userDataDir: await runSubdir('chromium-'),
      // The CLI handles signals (src/cli/signals.ts); Puppeteer's own handlers would exit with other codes or not at all.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
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
        // Headless Chrome still builds its window's omnibox popup, a WebUI page in a renderer of its
        // own: ~0.7 s of CPU per launch that no deck needs (measured with Chromium 156; Puppeteer
        // merges this list with its own). Unknown feature names are ignored by older browsers.
        '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
      ],
    });
  } catch (error) {
    // Chromium's own words help only when it is a real browser that lacks something (a library, say).
    const reason = choice.source === 'PUPPETEER_EXECUTABLE_PATH' ? '它启动不了，不是能用的浏览器' : launchFailureReason(error);
    throw launchError(choice, executablePath, reason);
  }
  // A signal ends the run with process.exit(): take the browser along instead of leaving it orphaned.
  const forget = atExit(() => browser.process()?.kill('SIGKILL'));
  browser.once('disconnected', forget);
  return browser;
}

/**
 * Runs `work` while the browser `launching` starts (a build needs no browser until its page is
 * ready), then closes the browser, whether `work` needed it, finished or failed: a build error
 * must not leave Chromium running.
 */
export async function whileLaunching<T>(launching: Promise<Browser>, work: () => Promise<T>): Promise<T> {
  // A failed launch is `work`'s to report, if it needed the browser; else the build's own error is the one to show.
  launching.catch(() => {});
  try {
    return await work();
  } finally {
    await (await launching.catch(() => undefined))?.close();
  }
}

/** The tab a new browser opens with: using it saves opening another (a renderer's start). */
export async function firstTab(browser: Browser): Promise<Page> {
  return (await browser.pages())[0] ?? (await browser.newPage());
}
