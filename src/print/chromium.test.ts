import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testBrowser } from '../../tests/support/browser.js';
import { PagePool } from './chromium.js';

let browser: Browser;

beforeAll(async () => {
  browser = await testBrowser();
});

afterAll(async () => {
  await browser.disconnect();
});

/** A promise and the function that settles it. */
function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve!: () => void;
  const promise = new Promise<void>((settle) => (resolve = settle));
  return { promise, resolve };
}

describe('PagePool', () => {
  it('runs at most its size of jobs at once, in the order they ask, reusing its pages', async () => {
    const pool = new PagePool(Promise.resolve(browser), 2);
    const started: string[] = [];
    const used = new Map<string, Page>();
    const gates = new Map(['a', 'b', 'c', 'd'].map((name) => [name, deferred()]));
    const job = (name: string) =>
      pool.use(async (page) => {
        started.push(name);
        used.set(name, page);
        await gates.get(name)!.promise;
      });
    try {
      const jobs = ['a', 'b', 'c', 'd'].map(job);
      // Opening pages takes a while on a busy machine; the first two start in either order.
      await expect.poll(() => [...started].sort(), { timeout: 30_000 }).toEqual(['a', 'b']);
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(started).toHaveLength(2);
      gates.get('b')!.resolve();
      await expect.poll(() => started.slice(2), { timeout: 30_000 }).toEqual(['c']);
      expect(used.get('c')).toBe(used.get('b'));
      for (const gate of gates.values()) gate.resolve();
      await Promise.all(jobs);
      expect(started.slice(2)).toEqual(['c', 'd']);
      expect(new Set(used.values()).size).toBe(2);
    } finally {
      await pool.close();
    }
    expect([...used.values()].every((page) => page.isClosed())).toBe(true);
  });

  it('gives a page back with screen media, its first viewport and no problem listeners', async () => {
    const pool = new PagePool(Promise.resolve(browser), 1);
    try {
      const first = await pool.use(async (page) => {
        const viewport = page.viewport();
        await page.setViewport({ width: 300, height: 200 });
        await page.emulateMediaType('print');
        page.on('console', () => {});
        return viewport;
      });
      const second = await pool.use(async (page) => ({
        viewport: page.viewport(),
        print: await page.evaluate(() => matchMedia('print').matches),
        listeners: page.listenerCount('console'),
      }));
      expect(second).toEqual({ viewport: first, print: false, listeners: 0 });
    } finally {
      await pool.close();
    }
  });

  it('passes a failed job on and goes on with the next', async () => {
    const pool = new PagePool(Promise.resolve(browser), 1);
    try {
      await expect(pool.use(() => Promise.reject(new Error('failed job')))).rejects.toThrow('failed job');
      await expect(pool.use(async (page) => page.evaluate(() => 1 + 1))).resolves.toBe(2);
    } finally {
      await pool.close();
    }
  });
});
