import type { Server } from 'node:http';
import { UserError } from '../errors.js';

/** How many ports after the asked one are tried before giving up. */
const portsToTry = 20;

/**
 * Starts `server` on `host`:`port`, or on the next free port when that one is taken (another
 * preview still running is the usual cause); `onBusy` hears of each port skipped. Port 0 lets the
 * system choose. Returns the port listened on.
 */
export async function listenOnFreePort(server: Server, host: string, port: number, onBusy: (port: number) => void = () => {}): Promise<number> {
  for (let candidate = port; candidate < port + portsToTry; candidate++) {
    try {
      await listen(server, host, candidate);
      const address = server.address();
      return typeof address === 'object' && address ? address.port : candidate;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') throw new UserError(`没有权限使用端口 ${candidate}；请用 --port 换一个 1024 以上的端口`);
      if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') throw new UserError(`本机没有地址 ${host}；--host 一般用 127.0.0.1（只有本机能看）或 0.0.0.0（局域网都能看）`);
      if (code !== 'EADDRINUSE' || port === 0) throw error;
      onBusy(candidate);
    }
  }
  throw new UserError(`端口 ${port}–${port + portsToTry - 1} 都被占用了；请用 --port 换一个端口`);
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const failed = (error: Error) => {
      server.off('listening', listening);
      reject(error);
    };
    const listening = () => {
      server.off('error', failed);
      resolve();
    };
    server.once('error', failed);
    server.once('listening', listening);
    server.listen(port, host);
  });
}
