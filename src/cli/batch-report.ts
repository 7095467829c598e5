import type { JobOutcome } from '../export/job-pool.js';
import { describeError, isUserError } from './report.js';

/** A finished job of a batch as the report shows it: a deck or a branch. */
export type BatchOutcome = JobOutcome<{ slides: number; pages?: number; output?: string }>;

/** What a batch is made of, in the report's words. */
export interface BatchKind {
  /** The heading of the first column, e.g. 支部. */
  noun: string;
  /** The counter word: 3 个支部, 3 份通知. */
  counter: string;
  /** Whether a user error's line names the job already (its file), so that it need not start with the job's id. */
  names(message: string, id: string): boolean;
}

/** Branches: a branch's own mistakes name its branch file. */
export const branchBatch: BatchKind = { noun: '支部', counter: '个', names: () => true };

/** Decks, named by their folder: a deck's mistakes name its notice.md, inside that folder. */
export const deckBatch: BatchKind = { noun: '通知', counter: '份', names: (message, id) => message.includes(id) };

/** Columns a string takes in a terminal: CJK characters two, the rest one. */
export function terminalWidth(text: string): number {
  let width = 0;
  for (const char of text) width += char.codePointAt(0)! >= 0x1100 ? 2 : 1;
  return width;
}

function pad(text: string, width: number, alignRight = false): string {
  const space = ' '.repeat(Math.max(0, width - terminalWidth(text)));
  return alignRight ? space + text : text + space;
}

/**
 * Where a batch reports its progress: at a terminal one bar, redrawn in place, with failures and
 * warnings printed above it; in CI and pipes one plain line per job.
 */
export function createBatchProgress(kind: BatchKind, stream: NodeJS.WriteStream = process.stderr) {
  const bar = Boolean(stream.isTTY) && !process.env.CI;
  // A user's mistake names its file already; anything else needs the job it happened in.
  const failure = (outcome: BatchOutcome) => {
    const message = describeError(outcome.error);
    return `notice-deck: ${isUserError(outcome.error) && kind.names(message, outcome.id) ? '' : `${outcome.id}：`}${message}`;
  };
  const width = 24;
  let shown: [done: number, total: number, id?: string] | undefined;
  const draw = (done: number, total: number, id = '') => {
    shown = [done, total, id];
    const filled = Math.round((done / total) * width);
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${id}`.trimEnd());
  };
  return {
    start(total: number): void {
      if (bar) draw(0, total);
    },
    /** A warning (the build goes on), above the bar. */
    warn(message: string): void {
      stream.write(`${bar ? '\r\x1b[K' : ''}warning: ${message}\n`);
      if (bar && shown) draw(...shown);
    },
    update(outcome: BatchOutcome, done: number, total: number): void {
      if (!bar) {
        stream.write(`[${done}/${total}] ${outcome.id}：${outcome.error ? '失败' : '完成'}\n`);
        if (outcome.error) stream.write(`${failure(outcome)}\n`);
        return;
      }
      if (outcome.error) stream.write(`\r\x1b[K${failure(outcome)}\n`);
      draw(done, total, outcome.id);
    },
    finish(): void {
      if (bar) stream.write('\r\x1b[K');
    },
  };
}

/** The table that ends a batch: branch or deck, slides, pages, time, result, and where the output went if told. */
export function summaryTable(outcomes: BatchOutcome[], kind: BatchKind): string {
  const outputs = outcomes.some((outcome) => outcome.output);
  const header = [kind.noun, '幻灯片', '页数', '用时', '结果', ...(outputs ? ['输出'] : [])];
  const rows = outcomes.map((outcome) => [
    outcome.id,
    outcome.slides === undefined ? '—' : String(outcome.slides),
    outcome.pages === undefined ? '—' : String(outcome.pages),
    `${(outcome.ms / 1000).toFixed(1)} 秒`,
    outcome.error ? '失败' : '成功',
    ...(outputs ? [outcome.output ?? '—'] : []),
  ]);
  const widths = header.map((title, column) => Math.max(terminalWidth(title), ...rows.map((row) => terminalWidth(row[column]!))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column > 0 && column < 4)).join('  ').trimEnd();
  const failed = outcomes.filter((outcome) => outcome.error).length;
  const all = `${outcomes.length} ${kind.counter}${kind.noun}`;
  const total = failed > 0 ? `${all}，${failed} ${kind.counter}失败` : `${all}全部完成`;
  return [line(header), ...rows.map(line), total].join('\n') + '\n';
}
