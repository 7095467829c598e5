import path from 'node:path';
import { watch } from 'chokidar';

export interface DeckWatcher {
  /** Also watches these folders (e.g. a templates folder outside the deck that deck.yaml names). */
  add(folders: string[]): void;
  /** Stops watching, after the rebuild under way (if any) has finished. */
  close(): Promise<void>;
}

/** Editors save with a burst of events (write, rename, chmod); one rebuild answers the burst. */
const settleMs = 25;

/**
 * Watches a deck folder (notice.md, deck.yaml, templates, pictures, everything in it) with
 * chokidar, which smooths over the differences between editors' ways of saving and between
 * systems' file events, and calls `rebuild` after changes: never two at once, and once more if
 * something changed during a rebuild. Resolves when the initial scan is done, so no change is missed.
 */
export async function watchDeck(folder: string, rebuild: () => Promise<void>): Promise<DeckWatcher> {
  const watcher = watch(folder, { ignoreInitial: true, ignored: (file) => file !== folder && isScratch(path.basename(file)) });
  let timer: NodeJS.Timeout | undefined;
  let pending = false;
  let running: Promise<void> | undefined;

  const drain = async () => {
    while (pending) {
      pending = false;
      await rebuild();
    }
    running = undefined;
  };
  watcher.on('all', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      pending = true;
      running ??= drain();
    }, settleMs);
  });
  await new Promise<void>((resolve, reject) => watcher.once('ready', resolve).once('error', reject));

  return {
    add: (folders) => watcher.add(folders),
    close: async () => {
      clearTimeout(timer);
      pending = false;
      await watcher.close();
      await running;
    },
  };
}

/** Editors' swap and backup files, our own atomic-write temp files, and dependency folders: never deck input. */
function isScratch(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~') || name === 'node_modules';
}
