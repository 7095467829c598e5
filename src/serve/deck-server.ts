import { createReadStream } from 'node:fs';
import { mkdtemp, readFile, realpath, rm } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { lookup } from 'mrmime';
import { buildDeck, type BuildOptions } from '../build/build-deck.js';
import { packageRoot } from '../build/deck-assets.js';
import { readDeckConfig } from '../build/deck-config.js';
import { readDeckSource } from '../notice/read.js';
import { errorFonts, errorFontsPath, type ErrorFonts } from './error-fonts.js';
import { listenOnFreePort } from './listen.js';
import { LiveEvents } from './live-events.js';
import { liveEventsPath, liveReloadScriptPath, waitingPage, withLiveReload } from './preview-page.js';
import { servedFile } from './served-file.js';
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
/** The build names font files by a hash of their bytes: noto-sans-sc-400-3f2a9c1b.woff2. */
const contentNamedFont = /-[0-9a-f]{8}\.woff2$/u;

const liveReloadScript = path.join(packageRoot, 'templates', 'live-reload.js');

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
  const server = createServer((request, response) => {
    respond(request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(options.describe(error));
    });
  });

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
    if (config?.templates) watcher?.add([path.resolve(source.directory, config.templates)]);
  }

  async function respond(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = request.url ?? '/';
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', '只能读取');
    if (url === liveEventsPath) return events.connect(request, response);
    if (url === liveReloadScriptPath) return send(response, 200, 'text/javascript', await readFile(liveReloadScript));
    if (url.startsWith(errorFontsPath)) {
      const name = url.slice(errorFontsPath.length).split('?', 1)[0]!;
      if (name === 'fonts.css') return send(response, 200, 'text/css', fonts.css);
      const font = fonts.files.get(name);
      return font ? send(response, 200, 'font/woff2', Buffer.from(font)) : send(response, 404, 'text/plain', '找不到这个文件');
    }
    const file = await servedFile(outDir, url);
    // Before the first good build there is no index.html: the waiting page stands in for it.
    const isPage = file ? file === path.join(outDir, 'index.html') : events.current.build === 0 && new URL(url, 'http://x').pathname === '/';
    if (isPage) return send(response, 200, 'text/html', page);
    if (file) return send(response, 200, lookup(file) ?? 'application/octet-stream', undefined, file);
    // Browsers ask for it on their own; the deck has none, and a 404 would show as an error in the console.
    if (url === '/favicon.ico') return send(response, 204, 'image/x-icon');
    return send(response, 404, 'text/plain', '找不到这个文件');
  }

  function send(response: ServerResponse, status: number, type: string, body?: string | Buffer, file?: string): void {
    const charset = /^text\/|javascript|json/u.test(type) ? '; charset=utf-8' : '';
    // After a rebuild the page must get the new files, never a cached old one; font files are
    // named by their content, so those may be kept, which spares reloading them on every edit.
    const cache = file && contentNamedFont.test(file) ? 'max-age=31536000, immutable' : 'no-store';
    response.writeHead(status, { 'Content-Type': type + charset, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' });
    if (response.req.method === 'HEAD') response.end();
    else if (file) createReadStream(file).pipe(response);
    else response.end(body);
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
