import { createServer, get, type IncomingMessage, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { LiveEvents } from './live-events.js';

let server: Server | undefined;

afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
});

/** Serves `events` and opens a stream to it; resolves with a reader of the next event's data. */
async function connect(events: LiveEvents): Promise<{ response: IncomingMessage; next: () => Promise<unknown> }> {
  server = createServer((request, response) => events.connect(request, response));
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  const response = await new Promise<IncomingMessage>((resolve) => get({ host: '127.0.0.1', port, path: '/' }, resolve));
  let buffered = '';
  const waiting: ((data: unknown) => void)[] = [];
  const ready: unknown[] = [];
  response.setEncoding('utf8').on('data', (chunk: string) => {
    buffered += chunk;
    let end;
    while ((end = buffered.indexOf('\n\n')) !== -1) {
      const block = buffered.slice(0, end);
      buffered = buffered.slice(end + 2);
      const data = /^event: state\ndata: (.*)$/mu.exec(block)?.[1];
      if (data === undefined) continue;
      const parsed: unknown = JSON.parse(data);
      const resolve = waiting.shift();
      if (resolve) resolve(parsed);
      else ready.push(parsed);
    }
  });
  const next = () => (ready.length > 0 ? Promise.resolve(ready.shift()) : new Promise((resolve) => waiting.push(resolve)));
  return { response, next };
}

describe('LiveEvents', () => {
  it('streams the current state on connect, then every state published', async () => {
    const events = new LiveEvents({ build: 3 });
    const { response, next } = await connect(events);
    expect(response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
    expect(await next()).toEqual({ build: 3 });
    const failed = { build: 3, error: { title: '生成失败', message: 'notice.md:2:1: 第一行\n第二行' } };
    events.publish(failed);
    expect(await next()).toEqual(failed);
    events.publish({ build: 4 });
    expect(await next()).toEqual({ build: 4 });
  });

  it('ends every stream on close', async () => {
    const events = new LiveEvents({ build: 1 });
    const { response, next } = await connect(events);
    await next();
    const ended = new Promise((resolve) => response.on('end', resolve));
    events.close();
    await ended;
  });
});
