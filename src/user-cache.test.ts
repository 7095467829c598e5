import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isOwnFolder, userCacheDir } from './user-cache.js';

describe('user cache folders', () => {
  it('are per user, in the temp folder', () => {
    expect(userCacheDir('code')).toBe(path.join(os.tmpdir(), `notice-deck-cache-${process.getuid?.() ?? -1}`, 'code'));
  });

  it.skipIf(process.platform === 'win32')('count as the user’s own only while no one else can write to them', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-own-'));
    try {
      expect(isOwnFolder(dir)).toBe(true);
      await chmod(dir, 0o775);
      expect(isOwnFolder(dir)).toBe(false);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
