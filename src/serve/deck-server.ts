import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { buildDeck, type BuildOptions } from '../build/build-deck.js';
import { readDeckConfig } from '../build/deck-config.js';
import { readDeckSource } from '../notice/read.js';
import { errorFonts, errorFontsPath, type ErrorFonts } from './error-fonts.js';
import { listenOnFreePort } from './listen.js';
import { LiveEvents } from './live-events.js';
import { waitingPage, withLiveReload } from './preview-page.js';
import { previewRoutes } from './preview-routes.js';
import { watchDeck, type DeckWatcher } from './watch-deck.js';

export interface ServeOptions {
  host: string;
  port: number;
  /** Size and theme, as for build; the output always goes to a private temp folder. */
  build?: Omit<BuildOptions, 'outDir' | 'warn'>;
  /** What the person at the terminal is told: rebuilt, failed, a port skipped. */
  log: (message: string) => void;
  /** A failed build's message, as the CLI would print it. */
  describe: (error: unknown) => string;
}

export interface DeckPreview {
  url: string;
  /** The temp folder served: the deck's output and nothing else. */
  outDir: string;
  /** Stops watching and serving and deletes the temp folder. */
  close(): Promise<void>;
}

const errorTitle = '生成失败，原因如下；改好并保存后会自动刷新。现在显示的是上一次生成成功的幻灯片。';

/**
 * Serves a live preview of a deck folder: builds it into a temp folder (never the user's dist/),
 * serves only that folder, rebuilds when anything in the deck folder changes, and tells open pages
 * to reload, or to show the error over the last good deck when a rebuild fails.
 */
export async function serveDeck(input: string, options: ServeOptions): Promise<DeckPreview> {
  const source = await readDeckSource(input);
  // Its real path, so servedFile's answer for index.html compares equal.
  const outDir = await realpath(await mkdtemp(path.join(os.tmpdir(), 'notice-deck-serve-')));
  const events = new LiveEvents({ build: 0 });
  let watcher: DeckWatcher | undefined;
  /** The last good build's index.html with the live-reload client, made once per build rather than per request. */
  let page = waitingPage();
  let fonts: ErrorFonts = { css: '', files: new Map() };
  /** Tells the page a new error's font stylesheet apart from the last one's. */
  let fontsVersion = 0;
  const server = createServer(previewRoutes({ outDir, events, page: () => page, errorFonts: () => fonts, describe: options.describe }));

  async function rebuild(): Promise<void> {
    try {
      const built = await buildDeck(input, { ...options.build, outDir, warn: (message) => options.log(`注意：${message}`) });
      const build = events.current.build + 1;
      page = withLiveReload(await readFile(built.htmlPath, 'utf8'), build);
      events.publish({ build });
      options.log(`已生成（${built.slideCount} 张幻灯片）`);
    } catch (error) {
      const message = options.describe(error);
      options.log(`生成失败：${message}`);
      fonts = await errorFonts(errorTitle + message).catch(() => fonts);
      events.publish({ build: events.current.build, error: { title: errorTitle, message, fonts: `${errorFontsPath}fonts.css?${fontsVersion++}` } });
    }
    await watchTemplates();
  }

  /** deck.yaml may name a templates folder outside the deck folder; watch it too, as it is now. */
  async function watchTemplates(): Promise<void> {
    const config = await readDeckConfig(source.directory).catch(() => undefined);
    const templates = config?.config.templates;
    if (templates) watcher?.add([path.resolve(source.directory, templates)]);
  }

  try {
    await rebuild();
    watcher = await watchDeck(source.directory, rebuild);
    await watchTemplates();
    const port = await listenOnFreePort(server, options.host, options.port, (busy) => options.log(`端口 ${busy} 已被占用，改用下一个`));
    const shownHost = options.host.includes(':') ? `[${options.host}]` : options.host;
    return {
      url: `http://${shownHost}:${port}/`,
      outDir,
      close: async () => {
        await watcher?.close();
        events.close();
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
        await rm(outDir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await watcher?.close();
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }
}
