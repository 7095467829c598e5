import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { buildOptions, withDeckFlags, type BuildFlags } from '../build-flags.js';
import { relative } from '../output.js';
import { describeError } from '../report.js';
import { untilStopped } from '../signals.js';

const defaultHost = '127.0.0.1';
const defaultPort = 8000;

interface ServeFlags extends Omit<BuildFlags, 'out'> {
  host?: string;
  port?: number;
  open?: boolean;
}

export function registerServe(program: Command): void {
  withDeckFlags(program.command('serve').description('边改边看：在浏览器里预览幻灯片，保存文件后自动刷新'))
    .option('--host <address>', `在哪个地址上提供预览（默认 ${defaultHost}，只有本机能看；0.0.0.0 让局域网里的电脑也能看）`)
    .option('--port <number>', `端口（默认 ${defaultPort}）；被占用时自动改用下一个`, portNumber)
    .option('--open', '启动后用默认浏览器打开')
    .action(async (deck: string, options: ServeFlags) => {
      const log = (message: string) => process.stdout.write(`${new Date().toLocaleTimeString('zh-CN', { hour12: false })} ${message}\n`);
      // Loaded here, not at the top: the pipeline and the file watcher are most of a run's start-up.
      const { serveDeck } = await import('../../serve/deck-server.js');
      const preview = await serveDeck(deck, { host: options.host ?? defaultHost, port: options.port ?? defaultPort, build: buildOptions(options), log, describe: describeError });
      // 0.0.0.0 and :: mean "every address"; a browser on this machine reaches them as 127.0.0.1.
      const url = preview.url.replace(/\/\/(?:0\.0\.0\.0|\[::\])(?=:)/u, '//127.0.0.1');
      process.stdout.write(`正在预览 ${relative(deck)}：${url}\n修改 notice.md、deck.yaml、模板或图片并保存，页面会自动刷新；按 Ctrl+C 停止。\n`);
      if (options.open) await openBrowser(url, log);
      await untilStopped();
      await preview.close();
      process.stdout.write('已停止预览\n');
    });
}

function portNumber(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UserError(`--port 应当是 0 到 65535 之间的整数，而不是“${value}”`);
  return port;
}

async function openBrowser(url: string, log: (message: string) => void): Promise<void> {
  const failed = () => log(`打不开默认浏览器，请手动打开 ${url}`);
  // Loaded only when asked for: it looks up the platform's opener.
  const { default: open } = await import('open');
  try {
    (await open(url)).once('error', failed);
  } catch {
    failed();
  }
}
