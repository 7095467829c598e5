import { describe, expect, it } from 'vitest';
import { VFileMessage } from 'vfile-message';
import { UserError } from '../errors.js';
import { reportError } from './report.js';

describe('reportError', () => {
  it('gives a user’s mistake one line and exit code 1', () => {
    expect(reportError(new UserError('找不到'), false)).toEqual({ line: 'notice-deck: 找不到', exitCode: 1 });
    const message = new VFileMessage('不对', { place: { line: 3, column: 2 } });
    message.file = 'notice.md';
    expect(reportError(message, false)).toEqual({ line: 'notice-deck: notice.md:3:2: 不对', exitCode: 1 });
  });

  it('gives a bug one Chinese line and exit code 2, the stack only when debugging', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'x')\nmore");
    const plain = reportError(bug, false);
    expect(plain).toEqual({ line: "notice-deck 内部错误：Cannot read properties of undefined (reading 'x')；加 --debug 查看详情", exitCode: 2 });
    const debug = reportError(bug, true);
    expect(debug.exitCode).toBe(2);
    expect(debug.line).toMatch(/\n\s+at /);
  });
});
