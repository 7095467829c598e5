import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { branchFileSchema } from './branch-schema.js';
import { writeNewBranch } from './new-branch.js';
import { readBranch } from './read-branch.js';

async function deck(): Promise<string> {
  const directory = await mkdtemp(path.join(os.tmpdir(), 'new-branch-'));
  await writeFile(path.join(directory, 'notice.md'), '---\nissuer: 某某团委\ntitle: 关于学习的通知\n---\n\n正文。\n');
  return directory;
}

describe('writeNewBranch', () => {
  it('writes every field under a Chinese comment, with the JSON Schema for editors, and the file reads back', async () => {
    const directory = await deck();
    const file = await writeNewBranch(directory, 'cs-1', new Date(2026, 11, 8));
    const text = await readFile(file, 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=(\.\.\/)+.*schemas\/branch\.schema\.json$/u);
    const document = parseDocument(text);
    expect(Object.keys(document.toJS() as object)).toEqual(Object.keys(branchFileSchema.shape));
    for (const field of Object.keys(branchFileSchema.shape)) expect(text).toMatch(new RegExp(`# [^\\n]*[\\u4e00-\\u9fff][^\\n]*\\n${field}:`, 'u'));
    const branch = await readBranch(directory, 'cs-1');
    expect(branch.data).toMatchObject({ shortName: 'cs-1', date: { year: 2026, month: 12, day: 8 }, agendaBefore: ['重温入团誓词'] });
  });

  it('never overwrites a branch file', async () => {
    const directory = await deck();
    const file = await writeNewBranch(directory, 'cs-1');
    await writeFile(file, 'name: 自己改过的\n');
    await expect(writeNewBranch(directory, 'cs-1')).rejects.toThrow(/已经有这个支部文件，不会覆盖它/u);
    expect(await readFile(file, 'utf8')).toBe('name: 自己改过的\n');
  });
});
