import { createReadStream } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';
import { lookup } from 'mrmime';
import { packageRoot } from '../build/deck-assets.js';
import { errorFontsPath, type ErrorFonts } from './error-fonts.js';
import type { LiveEvents } from './live-events.js';
import { liveEventsPath, liveReloadScriptPath } from './preview-page.js';
import { servedFile } from './served-file.js';

/** What the preview serves, as it is at the moment of each request. */
export interface PreviewContent {
  /** The temp folder the deck is built into (its real path). */
  outDir: string;
  events: LiveEvents;
  /** The page for `/`: the last good build's index.html with the live-reload client, or the waiting page. */
  page(): string;
  /** The font for the current error message. */
  errorFonts(): ErrorFonts;
  /** A bug's message, for the 500 answer. */
  describe(error: unknown): string;
}

const liveReloadScript = path.join(packageRoot, 'templates', 'live-reload.js');

/**
 * Answers the preview's requests: the deck's output (nothing outside it), the page with the
 * live-reload client, the client and its event stream, and the error overlay's font.
 */
export function previewRoutes(content: PreviewContent): RequestListener {
  return (request, response) => {
    respond(content, request, response).catch((error: unknown) => {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(content.describe(error));
    });
  };
}

async function respond(content: PreviewContent, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const url = request.url ?? '/';
  if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain', '只能读取');
  if (url === liveEventsPath) return content.events.connect(request, response);
  if (url === liveReloadScriptPath) return send(response, 200, 'text/javascript', await readFile(liveReloadScript));
  if (url.startsWith(errorFontsPath)) {
    const fonts = content.errorFonts();
    const name = url.slice(errorFontsPath.length).split('?', 1)[0]!;
    if (name === 'fonts.css') return send(response, 200, 'text/css', fonts.css);
    const font = fonts.files.get(name);
    return font ? send(response, 200, 'font/woff2', Buffer.from(font)) : notFound(response);
  }
  const file = await servedFile(content.outDir, url);
  // Before the first good build there is no index.html: the waiting page stands in for it.
  const isPage = file ? file === path.join(content.outDir, 'index.html') : content.events.current.build === 0 && new URL(url, 'http://x').pathname === '/';
  if (isPage) return send(response, 200, 'text/html', content.page());
  if (file) return sendFile(response, lookup(file) ?? 'application/octet-stream', file);
  // Browsers ask for it on their own; the deck has none, and a 404 would show as an error in the console.
  if (url === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
  return notFound(response);
}

function notFound(response: ServerResponse): void {
  send(response, 404, 'text/plain', '找不到这个文件');
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer): void {
  response.writeHead(status, headers(type, 'no-store'));
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function sendFile(response: ServerResponse, type: string, file: string): void {
  // After a rebuild the page must get the new files, never a cached old one.
  response.writeHead(200, headers(type, 'no-store'));
  if (response.req.method === 'HEAD') return void response.end();
  // A rebuild may remove the file (a font no longer used) while it is being sent.
  createReadStream(file).on('error', () => response.destroy()).pipe(response);
}

function headers(type: string, cache: string): Record<string, string> {
  const charset = /^text\/|javascript|json/u.test(type) ? '; charset=utf-8' : '';
  return { 'Content-Type': type + charset, 'Cache-Control': cache, 'X-Content-Type-Options': 'nosniff' };
}
