import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { findChromium } from './browser.js';

function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('findChromium', () => {
  it('prefers PUPPETEER_EXECUTABLE_PATH over system installs', () => {
    expect(findChromium({ PUPPETEER_EXECUTABLE_PATH: '/opt/chrome/chrome' }, 'linux', () => true)).toBe('/opt/chrome/chrome');
  });

  it('rejects a PUPPETEER_EXECUTABLE_PATH that does not exist, even if a system browser does', () => {
    const error = thrown(() =>
      findChromium({ PUPPETEER_EXECUTABLE_PATH: '/nowhere/chrome' }, 'linux', (file) => file === '/usr/bin/chromium'),
    );
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('PUPPETEER_EXECUTABLE_PATH');
    expect(error.message).toContain('/nowhere/chrome');
  });

  it('takes the first system install found on Linux', () => {
    const installed = new Set(['/usr/bin/google-chrome', '/snap/bin/chromium']);
    expect(findChromium({}, 'linux', (file) => installed.has(file))).toBe('/usr/bin/google-chrome');
  });

  it('finds Edge on macOS', () => {
    const edge = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
    expect(findChromium({}, 'darwin', (file) => file === edge)).toBe(edge);
  });

  it('finds a per-user Chrome under LOCALAPPDATA on Windows', () => {
    const chrome = 'C:\\Users\\me\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
    const env = { LOCALAPPDATA: 'C:\\Users\\me\\AppData\\Local' };
    expect(findChromium(env, 'win32', (file) => file === chrome)).toBe(chrome);
  });

  it('finds Edge under Program Files (x86) on Windows without the variables set', () => {
    const edge = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(findChromium({}, 'win32', (file) => file === edge)).toBe(edge);
  });

  it('explains how to install a browser when none is found', () => {
    const error = thrown(() => findChromium({}, 'linux', () => false));
    expect(error).toBeInstanceOf(UserError);
    expect(error.message).toContain('sudo apt-get install chromium');
    expect(error.message).toContain('brew install --cask google-chrome');
    expect(error.message).toContain('PUPPETEER_EXECUTABLE_PATH');
  });
});
