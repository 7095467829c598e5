import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { listenOnFreePort } from './listen.js';

const servers: Server[] = [];
const server = () => {
  const created = createServer();
  servers.push(created);
  return created;
};

afterEach(async () => {
  await Promise.all(servers.splice(0).map((open) => new Promise((resolve) => open.close(resolve))));
});

describe('listenOnFreePort', () => {
  it('listens on the port asked for when it is free, on a system-chosen one for 0', async () => {
    const chosen = await listenOnFreePort(server(), '127.0.0.1', 0);
    expect(chosen).toBeGreaterThan(0);
  });

  it('moves to the next free port when the asked one is taken, saying which it skipped', async () => {
    const taken = await listenOnFreePort(server(), '127.0.0.1', 0);
    const skipped: number[] = [];
    const port = await listenOnFreePort(server(), '127.0.0.1', taken, (busy) => skipped.push(busy));
    expect(skipped[0]).toBe(taken);
    expect(port).toBeGreaterThan(taken);
  });

  it('names a host this machine does not have in Chinese', async () => {
    await expect(listenOnFreePort(server(), '192.0.2.1', 0)).rejects.toThrow(/本机没有地址 192\.0\.2\.1/);
  });
});
