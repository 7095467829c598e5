import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import { UserError } from '../errors.js';
import { parseYamlWith, yamlValuePosition } from '../yaml-schema.js';
import { branchFileSchema, type BranchFile } from './branch-schema.js';

/** The folder beside notice.md that holds the branch files. */
const branchesDirName = 'branches';

const idPattern = /^[\w\u4e00-\u9fff-]+$/u;

/** One branch's meeting on a deck's notice, from its branch file. */
export interface Branch {
  /** The file's name without `.yaml`: the output folder `dist/<notice>/<id>/`. */
  id: string;
  /** The branch file as the user would name it. */
  file: string;
  /** The branches folder: the branch's logo and slides are relative to it. */
  directory: string;
  data: BranchFile;
  /** Stops with a user error at a field of the branch file (`['hide', 2]`). */
  fail(field: (string | number)[], reason: string): never;
}

export function branchFilePath(deckDirectory: string, id: string): string {
  return path.join(deckDirectory, branchesDirName, `${id}.yaml`);
}

/** Refuses an id that is not a plain file name: it becomes a folder and a file name. */
export function checkBranchId(id: string): void {
  if (!idPattern.test(id)) throw new UserError(`支部编号“${id}”只能由字母、数字、汉字、- 和 _ 组成`);
}

/** The ids of the deck's branch files, sorted. */
export async function listBranchIds(deckDirectory: string): Promise<string[]> {
  const folder = path.join(deckDirectory, branchesDirName);
  const files = await readdir(folder).catch(() => {
    throw new UserError(`${displayPath(folder)}：没有这个文件夹；用 notice-deck new-branch 新建支部文件`);
  });
  const ids = files.filter((file) => file.endsWith('.yaml')).map((file) => file.slice(0, -'.yaml'.length)).sort();
  if (ids.length === 0) throw new UserError(`${displayPath(folder)}：里面没有支部文件（<编号>.yaml）`);
  return ids;
}

/** Reads and checks a branch file: its fields, and that the files it names are there. */
export async function readBranch(deckDirectory: string, id: string): Promise<Branch> {
  checkBranchId(id);
  const filePath = branchFilePath(deckDirectory, id);
  const file = displayPath(filePath);
  const text = await readFile(filePath, 'utf8').catch(() => {
    throw new UserError(`${file}：没有这个支部文件；用 notice-deck new-branch ${displayPath(deckDirectory)} ${id} 新建一个`);
  });
  const vfile = new VFile({ path: file, value: text });
  const data = parseYamlWith(branchFileSchema, text, vfile, { firstLine: 1, what: '支部文件', fieldLabel: '支部文件字段' });
  const directory = path.dirname(filePath);
  const fail = (field: (string | number)[], reason: string): never => vfile.fail(`字段 \`${field.join('.')}\`：${reason}`, yamlValuePosition(text, field));
  for (const field of ['logo', 'slides'] as const) {
    const name = data[field];
    if (name && !insideAndPresent(directory, name)) fail([field], `在 ${displayPath(directory)} 里找不到文件“${name}”`);
  }
  return { id, file, directory, data, fail };
}

function insideAndPresent(directory: string, name: string): boolean {
  const resolved = path.resolve(directory, name);
  return !path.relative(directory, resolved).startsWith('..') && existsSync(resolved);
}

function displayPath(file: string): string {
  return path.relative(process.cwd(), file) || file;
}
