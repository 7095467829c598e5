import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { watchDeck, type DeckWatcher } from './watch-deck.js';

let folder: string;
let watcher: DeckWatcher | undefined;

beforeEach(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), 'watch-deck-'));
  await writeFile(path.join(folder, 'notice.md'), '正文');
});

afterEach(async () => {
  await watcher?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Resolves on the next rebuild. */
function rebuilds() {
  let count = 0;
  let next: () => void = () => {};
  return {
    rebuild: async () => {
      count++;
      next();
    },
    next: () => new Promise<void>((resolve) => (next = resolve)),
    get count() {
      return count;
    },
  };
}

describe('watchDeck', () => {
  it('rebuilds when notice.md changes or a picture is added, not for editor scratch files', async () => {
    const counter = rebuilds();
    watcher = await watchDeck(folder, counter.rebuild);
    let next = counter.next();
    await writeFile(path.join(folder, 'notice.md'), '新的正文');
    await next;
    expect(counter.count).toBe(1);
    next = counter.next();
    await writeFile(path.join(folder, '.notice.md.swp'), 'x');
    await writeFile(path.join(folder, 'notice.md~'), 'x');
    await writeFile(path.join(folder, 'logo.png'), 'png');
    await next;
    expect(counter.count).toBe(2);
  });

  it('rebuilds for changes in a folder added later (a templates folder outside the deck)', async () => {
    const templates = await mkdtemp(path.join(os.tmpdir(), 'watch-templates-'));
    try {
      const counter = rebuilds();
      watcher = await watchDeck(folder, counter.rebuild);
      watcher.add([templates]);
      // chokidar scans an added folder asynchronously; keep saving until it reports.
      const next = counter.next();
      let saved = 0;
      while (counter.count === 0) {
        await writeFile(path.join(templates, 'light.css'), `/* ${saved++} */`);
        await Promise.race([next, new Promise((resolve) => setTimeout(resolve, 200))]);
      }
      expect(counter.count).toBeGreaterThan(0);
    } finally {
      await rm(templates, { recursive: true, force: true });
    }
  });

  it('runs one rebuild at a time and one more for changes made during it', async () => {
    let running = 0;
    let most = 0;
    let calls = 0;
    let finishFirst: () => void = () => {};
    let secondDone: () => void = () => {};
    const second = new Promise<void>((resolve) => (secondDone = resolve));
    const started = new Promise<void>((resolve) => {
      watchDeck(folder, async () => {
        calls++;
        running++;
        most = Math.max(most, running);
        if (calls === 1) {
          resolve();
          await new Promise<void>((release) => (finishFirst = release));
        }
        running--;
        if (calls === 2) secondDone();
      }).then((created) => {
        watcher = created;
        return writeFile(path.join(folder, 'notice.md'), '一');
      });
    });
    await started;
    await writeFile(path.join(folder, 'notice.md'), '二');
    await writeFile(path.join(folder, 'deck.yaml'), 'theme: light\n');
    // Let the watcher see both writes while the first rebuild is still running.
    await new Promise((resolve) => setTimeout(resolve, 300));
    finishFirst();
    await second;
    expect(most).toBe(1);
    expect(calls).toBe(2);
  });
});
