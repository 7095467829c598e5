import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { branchBatch, createBatchProgress, deckBatch, summaryTable, terminalWidth } from './batch-report.js';

describe('summaryTable', () => {
  it('lines up columns of Chinese and Latin text and counts the failures', () => {
    const table = summaryTable([
      { id: 'college', slides: 17, pages: 17, ms: 1234 },
      { id: '坏支部', ms: 40, error: new UserError('x') },
    ], branchBatch);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^支部\s+幻灯片\s+页数\s+用时\s+结果$/u);
    expect(lines[1]).toMatch(/^college\s+17\s+17\s+1\.2 秒\s+成功$/u);
    expect(lines[2]).toMatch(/^坏支部\s+—\s+—\s+0\.0 秒\s+失败$/u);
    expect(new Set(lines.slice(0, 3).map((line) => terminalWidth(line.slice(0, line.lastIndexOf(' ')))))).toHaveProperty('size', 1);
    expect(lines[3]).toBe('2 个支部，1 个失败');
  });
});

describe('createBatchProgress', () => {
  it('writes one plain line per branch, and the error of a failed one, when not at a terminal', () => {
    let written = '';
    const stream = { isTTY: false, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    const progress = createBatchProgress(branchBatch, stream);
    progress.update({ id: 'a', ms: 1 }, 1, 2);
    progress.update({ id: 'b', ms: 1, error: new UserError('branches/b.yaml:3:1: 不对') }, 2, 2);
    progress.finish();
    expect(written).toBe('[1/2] a：完成\n[2/2] b：失败\nnotice-deck: branches/b.yaml:3:1: 不对\n');
  });
});

describe('createBatchProgress at a terminal', () => {
  it('draws one bar in place from the start, with a failure printed above it, and clears it at the end', () => {
    let written = '';
    const stream = { isTTY: true, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const progress = createBatchProgress(branchBatch, stream);
      progress.start(2);
      progress.update({ id: 'a', ms: 1, error: new UserError('坏了') }, 1, 2);
      progress.update({ id: 'b', ms: 1 }, 2, 2);
      progress.finish();
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
    expect(written.split('\r')).toEqual([
      '',
      '\x1b[K[------------------------] 0/2',
      '\x1b[Knotice-deck: 坏了\n',
      '\x1b[K[############------------] 1/2 a',
      '\x1b[K[########################] 2/2 b',
      '\x1b[K',
    ]);
  });
});

describe('a batch of decks', () => {
  it('ends with a table that says where each PDF went and counts decks', () => {
    const table = summaryTable([
      { id: 'decks/a', slides: 3, pages: 3, ms: 900, output: 'dist/a/a.pdf' },
      { id: 'decks/b', ms: 40, error: new UserError('decks/b/notice.md:1:1: 不对') },
    ], deckBatch);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^通知\s+幻灯片\s+页数\s+用时\s+结果\s+输出$/u);
    expect(lines[1]).toMatch(/^decks\/a\s+3\s+3\s+0\.9 秒\s+成功\s+dist\/a\/a\.pdf$/u);
    expect(lines[2]).toMatch(/^decks\/b\s+—\s+—\s+0\.0 秒\s+失败\s+—$/u);
    expect(lines[3]).toBe('2 份通知，1 份失败');
  });

  it('names the deck in a failure line that does not name it already', () => {
    let written = '';
    const stream = { isTTY: false, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    const progress = createBatchProgress(deckBatch, stream);
    progress.update({ id: 'decks/a', ms: 1, error: new UserError('decks/a/notice.md:2:9: 不对') }, 1, 2);
    progress.update({ id: 'decks/b', ms: 1, error: new UserError('浏览器没有完成排版') }, 2, 2);
    expect(written.split('\n').filter((line) => line.startsWith('notice-deck:'))).toEqual([
      'notice-deck: decks/a/notice.md:2:9: 不对',
      'notice-deck: decks/b：浏览器没有完成排版',
    ]);
  });

  it('prints a warning above the bar and draws the bar again', () => {
    let written = '';
    const stream = { isTTY: true, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WriteStream;
    const ci = process.env.CI;
    delete process.env.CI;
    try {
      const progress = createBatchProgress(deckBatch, stream);
      progress.start(2);
      progress.warn('decks/a/notice.md:1:1: 提醒');
    } finally {
      if (ci !== undefined) process.env.CI = ci;
    }
    expect(written.split('\r')).toEqual(['', '\x1b[K[------------------------] 0/2', '\x1b[Kwarning: decks/a/notice.md:1:1: 提醒\n', '\x1b[K[------------------------] 0/2']);
  });
});
