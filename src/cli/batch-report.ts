import type { BranchOutcome } from '../branch/batch.js';
import { describeError, isUserError } from './report.js';

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
 * Where a batch reports its progress: at a terminal one bar, redrawn in place, with failures
 * printed above it; in CI and pipes one plain line per branch.
 */
export function createBatchProgress(stream: NodeJS.WriteStream = process.stderr) {
  const bar = Boolean(stream.isTTY) && !process.env.CI;
  // A user's mistake names its file already; anything else needs the branch it happened in.
  const failure = (outcome: BranchOutcome) => `notice-deck: ${isUserError(outcome.error) ? '' : `${outcome.id}：`}${describeError(outcome.error)}`;
  const width = 24;
  const draw = (done: number, total: number, id = '') => {
    const filled = Math.round((done / total) * width);
    stream.write(`\r\x1b[K[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${total} ${id}`.trimEnd());
  };
  return {
    start(total: number): void {
      if (bar) draw(0, total);
    },
    update(outcome: BranchOutcome, done: number, total: number): void {
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

/** The table that ends a batch: branch, slides, pages, time, result. */
export function summaryTable(outcomes: BranchOutcome[]): string {
  const header = ['支部', '幻灯片', '页数', '用时', '结果'];
  const rows = outcomes.map((outcome) => [
    outcome.id,
    outcome.slides === undefined ? '—' : String(outcome.slides),
    outcome.pages === undefined ? '—' : String(outcome.pages),
    `${(outcome.ms / 1000).toFixed(1)} 秒`,
    outcome.error ? '失败' : '成功',
  ]);
  const widths = header.map((title, column) => Math.max(terminalWidth(title), ...rows.map((row) => terminalWidth(row[column]!))));
  const line = (cells: string[]) => cells.map((cell, column) => pad(cell, widths[column]!, column > 0 && column < 4)).join('  ').trimEnd();
  const failed = outcomes.filter((outcome) => outcome.error).length;
  const total = failed > 0 ? `${outcomes.length} 个支部，${failed} 个失败` : `${outcomes.length} 个支部全部完成`;
  return [line(header), ...rows.map(line), total].join('\n') + '\n';
}
