import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Document, isPair, isScalar } from 'yaml';
import { UserError } from '../errors.js';
import { readDeckSource } from '../notice/read.js';
import { branchFileSchema, type BranchFile } from './branch-schema.js';
import { branchSchemaFile, schemasDir } from './json-schemas.js';
import { branchFilePath, checkBranchId } from './read-branch.js';

type BranchInput = { [Field in keyof BranchFile]: unknown };

/** A new branch's values: what it must change is a placeholder; what it may leave is empty. */
function startingValues(id: string, today: Date): BranchInput {
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  return {
    name: '某某团支部',
    shortName: id,
    logo: null,
    meetingTitle: '主题团日活动：学习通知精神',
    date,
    time: '19:00—20:30',
    place: null,
    host: null,
    presenter: null,
    attendees: null,
    theme: null,
    variables: null,
    footer: null,
    agendaBefore: ['重温入团誓词'],
    agendaAfter: ['支部工作安排'],
    discussion: null,
    slides: null,
    slidesAfter: null,
    hide: [],
  };
}

/**
 * Writes `branches/<id>.yaml` with every field, each under a Chinese comment saying what it does
 * (real YAML comments, written through the yaml Document API), and the JSON Schema named for
 * editors. Never overwrites: a branch file is the secretary's own work.
 */
export async function writeNewBranch(deck: string, id: string, today = new Date()): Promise<string> {
  checkBranchId(id);
  const source = await readDeckSource(deck);
  const file = branchFilePath(source.directory, id);
  const document = new Document(startingValues(id, today));
  const shape = branchFileSchema.shape as Record<string, { description?: string }>;
  for (const pair of (document.contents as { items: unknown[] }).items) {
    if (isPair(pair) && isScalar(pair.key)) pair.key.commentBefore = ` ${shape[String(pair.key.value)]?.description ?? ''}`;
  }
  const schema = path.relative(path.dirname(file), path.join(schemasDir, branchSchemaFile)).split(path.sep).join('/');
  // Another drive on Windows has no relative path; a file URL works from anywhere.
  const schemaRef = path.isAbsolute(schema) ? pathToFileURL(path.join(schemasDir, branchSchemaFile)).href : schema;
  document.commentBefore = [` yaml-language-server: $schema=${schemaRef}`, ` ${source.name} 的支部文件：改好后运行 notice-deck pdf ${deck} --branch ${id}`, ' 空着的字段表示不用；字段名不要改。'].join('\n');
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, document.toString({ nullStr: '', lineWidth: 0 }), { flag: 'wx' }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EEXIST') throw new UserError(`${path.relative(process.cwd(), file)}：已经有这个支部文件，不会覆盖它；换一个编号或先删掉它`);
    throw error;
  });
  return file;
}
