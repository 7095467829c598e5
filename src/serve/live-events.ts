import type { IncomingMessage, ServerResponse } from 'node:http';

/** What an open preview page needs to know: which build is current and whether the last rebuild failed. */
export interface PreviewState {
  /** Counts successful builds; 0 until the first one. A page showing an older build reloads. */
  build: number;
  /** The last rebuild's error, when it failed: the page shows it over the last good deck. */
  error?: {
    title: string;
    message: string;
    /** A stylesheet with a font for the title's and message's characters. */
    fonts?: string;
  };
}

/**
 * Server-sent events to every open preview page. SSE rather than a live-reload library: the
 * browser's EventSource reconnects by itself, Node's http serves it with no extra server, and we
 * need to send our own message (the build error to overlay), which livereload-style protocols
 * (a WebSocket server that only says "reload") do not carry.
 */
export class LiveEvents {
  private readonly pages = new Set<ServerResponse>();

  constructor(private state: PreviewState) {}

  /** Keeps the request open as an event stream and sends the current state at once. */
  connect(request: IncomingMessage, response: ServerResponse): void {
    response.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store', Connection: 'keep-alive' });
    // Reconnect quickly after a restart of the preview.
    response.write('retry: 500\n\n');
    this.pages.add(response);
    request.on('close', () => this.pages.delete(response));
    this.send(response);
  }

  publish(state: PreviewState): void {
    this.state = state;
    for (const page of this.pages) this.send(page);
  }

  get current(): PreviewState {
    return this.state;
  }

  /** Ends every stream, so the server can close. */
  close(): void {
    for (const page of this.pages) page.end();
    this.pages.clear();
  }

  private send(page: ServerResponse): void {
    // JSON never contains a raw newline, so the event stays one `data:` line.
    page.write(`event: state\ndata: ${JSON.stringify(this.state)}\n\n`);
  }
}
