import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveInDeck } from './deck-file.js';

describe('resolveInDeck', async () => {
  const base = await mkdtemp(path.join(os.tmpdir(), 'deck-file-'));
  const deck = path.join(base, 'deck');
  await mkdir(path.join(deck, 'pictures', 'sub'), { recursive: true });
  await writeFile(path.join(deck, 'pictures', 'a b.png'), 'png');
  await writeFile(path.join(base, 'outside.png'), 'png');
  await symlink('/etc/passwd', path.join(deck, 'passwd.png'));
  await symlink(path.join(deck, 'pictures', 'a b.png'), path.join(deck, 'inner.png'));
  await symlink('/etc', path.join(deck, 'etc'));

  it('finds a file inside the deck folder, spaces written as %20, and links that stay inside', () => {
    expect(resolveInDeck(deck, 'pictures/a%20b.png', 'file')).toEqual({ path: path.join(deck, 'pictures', 'a b.png') });
    expect(resolveInDeck(deck, 'inner.png', 'file')).toEqual({ path: path.join(deck, 'pictures', 'a b.png') });
    expect(resolveInDeck(deck, 'pictures/sub', 'folder')).toEqual({ path: path.join(deck, 'pictures', 'sub') });
  });

  it.each([
    ['../outside.png', 'file', 'outside'],
    ['/etc/passwd', 'file', 'outside'],
    ['passwd.png', 'file', 'outside'],
    ['etc', 'folder', 'outside'],
    ['.', 'folder', 'outside'],
    ['gone.png', 'file', 'missing'],
    ['pictures', 'file', 'folder'],
    ['pictures/a%20b.png', 'folder', 'not-folder'],
  ] as const)('refuses %s as a %s: %s', (written, kind, problem) => {
    expect(resolveInDeck(deck, written, kind)).toEqual({ problem });
  });
});
