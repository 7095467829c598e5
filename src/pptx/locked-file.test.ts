import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { lockedFileError } from './locked-file.js';

const failure = (code: string) => Object.assign(new Error(code), { code });

describe('lockedFileError', () => {
  it('tells the user to close the file PowerPoint or WPS holds open', () => {
    const error = lockedFileError(failure('EBUSY'), 'dist/demo/demo.pptx');
    expect(error).toBeInstanceOf(UserError);
    expect(error?.message).toBe('写不进 dist/demo/demo.pptx：它可能正在 PowerPoint 或 WPS 中打开，请关掉后再导出（或用 --out 另选文件夹）');
    expect(lockedFileError(failure('EPERM'), 'x.pptx')).toBeInstanceOf(UserError);
  });
  it('leaves other failures as they are', () => {
    expect(lockedFileError(failure('ENOSPC'), 'x.pptx')).toBeNull();
    expect(lockedFileError(new Error('boom'), 'x.pptx')).toBeNull();
  });
});
