import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { chooseBrowser, launchFailureReason, unusableExecutable } from './browser.js';

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('chooseBrowser', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH over system installs and the bundled browser', () => {
    const env = { PUPPETEER_EXECUTABLE_PATH: '/opt/chrome/chrome', NOTICE_DECK_BROWSER: 'bundled' };
    expect(chooseBrowser(env, 'linux', () => true)).toEqual({ source: 'PUPPETEER_EXECUTABLE_PATH', executable: '/opt/chrome/chrome' });
  });

  it('takes the bundled Chromium when NOTICE_DECK_BROWSER=bundled, even if a system browser exists', () => {
    expect(chooseBrowser({ NOTICE_DECK_BROWSER: 'bundled' }, 'linux', () => true)).toEqual({ source: 'bundled' });
  });

  it('rejects another NOTICE_DECK_BROWSER value in Chinese, naming it', () => {
    const error = thrown(() => chooseBrowser({ NOTICE_DECK_BROWSER: 'firefox' }, 'linux', () => true));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toMatch(/^环境变量 NOTICE_DECK_BROWSER 只能设为 bundled.*firefox/);
  });

  it('takes the first system install found on Linux', () => {
    const installed = new Set(['/usr/bin/google-chrome', '/snap/bin/chromium']);
    expect(chooseBrowser({}, 'linux', (file) => installed.has(file))).toEqual({ source: 'system', executable: '/usr/bin/google-chrome' });
  });

  it('finds Edge on macOS', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(chooseBrowser({}, 'darwin', (file) => file === edge)).toEqual({ source: 'system', executable: edge });
  });

  it('finds a per-user Chrome under LOCALAPPDATA on Windows', () => {
    const chrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const env = { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    expect(chooseBrowser(env, 'win32', (file) => file === chrome)).toEqual({ source: 'system', executable: chrome });
  });

  it('finds Edge under Program Files (x86) on Windows without the variables set', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(chooseBrowser({}, 'win32', (file) => file === edge)).toEqual({ source: 'system', executable: edge });
  });

  it('falls back to the bundled Chromium when no browser is installed', () => {
    expect(chooseBrowser({}, 'linux', () => false)).toEqual({ source: 'bundled' });
  });
});

describe('unusableExecutable', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'unusable-executable-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('says why a path cannot be a browser, and accepts an executable file', async () => {
    const text = path.join(dir, 'notes.txt');
    await writeFile(text, 'not a browser');
    const program = path.join(dir, 'program');
    await writeFile(program, '#!/bin/sh\n');
    await chmod(program, 0o755);
    expect(unusableExecutable(path.join(dir, 'nowhere'))).toBe('没有这个文件');
    expect(unusableExecutable(dir)).toBe('这是一个文件夹，不是浏览器程序');
    expect(unusableExecutable(text)).toBe('这个文件不能运行，不是浏览器程序');
    expect(unusableExecutable(program)).toBeUndefined();
  });
});

describe('launchFailureReason', () => {
  it('picks the line of Chromium’s output that says what is missing', () => {
    const error = new Error(
      'Failed to launch the browser process! undefined\n/usr/bin/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory\n\n\nTROUBLESHOOTING: https://pptr.dev/troubleshooting\n',
    );
    expect(launchFailureReason(error)).toBe('/usr/bin/chromium: error while loading shared libraries: libnss3.so: cannot open shared object file: No such file or directory');
  });

  it('falls back to the first line', () => {
    expect(launchFailureReason(new Error('Timed out after 30000 ms while waiting for the WS endpoint\nmore'))).toBe('Timed out after 30000 ms while waiting for the WS endpoint');
  });
});
