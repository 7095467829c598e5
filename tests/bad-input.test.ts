/**
 * Bad input, misuse and a hostile user: one row per case. Each must end with exit code 1 (2 only
 * for a bug), one Chinese line naming file, line or field where there is one, no stack trace, and
 * nothing written: every file under the work folder, an earlier good output included, is unchanged.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { manifestFileName } from '../src/output/manifest.js';
import { runCliInProcess } from './support/run-cli.js';
import { snapshotTree } from './support/tree-hash.js';

// The rows run in-process (tests/support/run-cli.ts). pdf, print and pptx start their browser while
// they build, or build before they check the output folder: on the shared browser
// (tests/support/cli-on-shared-browser.ts) that costs no Chromium launch; the spawned tests below use their own.
const good = '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n';
const withBody = (body: string) => `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n${body}\n`;

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-bad-input-'));
  await deck('good', good);
  // The earlier good output every row runs against: it must come out of each row unchanged.
  expect((await runCliInProcess(['build', 'good', '--out', 'good-out'], workDir)).code).toBe(0);
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

/** A deck folder `name` in the work folder with notice.md (unless null) and other files. */
async function deck(name: string, notice: string | Uint8Array | null, files: Record<string, string | Uint8Array> = {}): Promise<string> {
  const dir = path.join(workDir, name);
  await mkdir(dir, { recursive: true });
  if (notice !== null) await writeFile(path.join(dir, 'notice.md'), notice);
  for (const [file, content] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(dir, file)), { recursive: true });
    await writeFile(path.join(dir, file), content);
  }
  return name;
}

interface Row {
  what: string;
  /** Makes what the case needs and returns the command line. */
  prepare: () => Promise<string[]>;
  message: RegExp;
  code?: 1 | 2;
}

const yaml = (name: string, text: string) => deck(name, good, { 'deck.yaml': text });
const build = (name: string, ...flags: string[]) => ['build', name, '--out', 'good-out', ...flags];

const rows: Row[] = [
  // The deck argument and notice.md
  { what: 'a deck folder that does not exist', prepare: async () => build('nowhere'), message: /^nowhere：找不到这个文件或文件夹/ },
  { what: 'a folder without notice.md', prepare: async () => build(await deck('no-notice', null)), message: /^no-notice\/notice\.md：找不到这个文件/ },
  { what: 'notice.md that is a folder', prepare: async () => (await mkdir(path.join(workDir, 'notice-folder/notice.md'), { recursive: true }), build('notice-folder')), message: /^notice-folder\/notice\.md：这是一个文件夹/ },
  { what: 'a binary file as notice.md', prepare: async () => build(await deck('binary', Uint8Array.from({ length: 256 }, (_, i) => (i * 97) % 256))), message: /^binary\/notice\.md：不是 UTF-8 编码的文本/ },
  { what: 'notice.md saved as GBK', prepare: async () => build(await deck('gbk', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4]))), message: /^gbk\/notice\.md：不是 UTF-8 编码的文本/ },
  { what: 'an empty notice.md', prepare: async () => build(await deck('empty', '')), message: /^empty\/notice\.md:1:1: 没有信息区/ },
  { what: 'front matter never closed', prepare: async () => build(await deck('unclosed', '---\nissuer: 团委\ntitle: 通知\n\n正文。\n')), message: /^unclosed\/notice\.md:\d+:\d+: / },
  { what: 'front matter that is not YAML', prepare: async () => build(await deck('bad-yaml', '---\nissuer: 团委\ntitle: [通知\n---\n正文\n')), message: /^bad-yaml\/notice\.md:\d+:\d+: 信息区的写法有误/ },
  { what: 'a misspelt front matter field', prepare: async () => build(await deck('misspelt', '---\nissuer: 团委\ntitle: 通知\nsignatrue: 团委\n---\n正文\n')), message: /^misspelt\/notice\.md:4:1: 未知的信息区字段 `signatrue`，是不是 `signature`？/ },
  { what: 'a list where text belongs', prepare: async () => build(await deck('wrong-type', '---\nissuer: 团委\ntitle: [通知]\n---\n\n正文。\n')), message: /^wrong-type\/notice\.md:3:8: 信息区字段 `title`：应当是文字/ },
  { what: 'an empty body', prepare: async () => build(await deck('no-body', '---\nissuer: 团委\ntitle: 通知\n---\n\n')), message: /^no-body\/notice\.md:\d+:1: 正文是空的/ },
  { what: 'an unknown directive', prepare: async () => build(await deck('directive', withBody('<!-- bogus: x -->\n\n正文。'))), message: /^directive\/notice\.md:6:1: 指令“bogus”不存在/ },
  { what: 'a directive naming an unknown layout', prepare: async () => build(await deck('layout', withBody('<!-- layout: nosuch -->\n\n正文。'))), message: /^layout\/notice\.md:6:1: 指令里的版式“nosuch”不存在/ },
  { what: 'a notice over the size limit', prepare: async () => build(await deck('huge', withBody('这是很长的正文。'.repeat(30_000)))), message: /^huge\/notice\.md：有 \d+ KB，超过了 512 KB 的上限/ },

  // Pictures
  { what: 'a missing picture', prepare: async () => build(await deck('pic-missing', withBody('正文。\n\n![](gone.png)'))), message: /^pic-missing\/notice\.md:8:1: 在幻灯片文件夹里找不到图片“gone\.png”/ },
  { what: 'a picture without alt text that is missing', prepare: async () => build(await deck('pic-noalt', withBody('![](photo.png)'))), message: /^pic-noalt\/notice\.md:6:1: 在幻灯片文件夹里找不到图片“photo\.png”/ },
  { what: 'a picture outside the deck folder', prepare: async () => build(await deck('pic-outside', withBody('![图](../good/notice.md)'))), message: /^pic-outside\/notice\.md:6:1: 图片“\.\.\/good\/notice\.md”在幻灯片文件夹外面/ },
  {
    what: 'a picture that is a symlink to /etc/passwd',
    prepare: async () => (await deck('pic-link', withBody('正文。\n\n![](pw.png)')), await symlink('/etc/passwd', path.join(workDir, 'pic-link/pw.png')), build('pic-link')),
    message: /^pic-link\/notice\.md:8:1: 图片“pw\.png”在幻灯片文件夹外面（或是指向外面的链接）/,
  },
  { what: 'a file: address as a picture', prepare: async () => build(await deck('pic-file-url', withBody('![x](file:///etc/passwd)'))), message: /^pic-file-url\/notice\.md:6:1: 图片地址“file:\/\/\/etc\/passwd”用不了/ },
  { what: 'a javascript: address as a picture', prepare: async () => build(await deck('pic-js', withBody('![x](javascript:alert(1))'))), message: /^pic-js\/notice\.md:6:1: 图片地址“javascript:alert\(1\)”用不了/ },
  { what: 'a folder as a picture', prepare: async () => build(await deck('pic-folder', withBody('![x](sub)'), { 'sub/a.txt': 'a' })), message: /^pic-folder\/notice\.md:6:1: 图片“sub”是一个文件夹/ },
  { what: 'a raw <img> outside the deck folder', prepare: async () => build(await deck('pic-html', withBody('正文。\n\n<img src="/etc/passwd">'))), message: /^pic-html\/notice\.md:8:1: 图片“\/etc\/passwd”在幻灯片文件夹外面/ },

  // deck.yaml
  { what: 'deck.yaml that is not YAML', prepare: async () => build(await yaml('cfg-yaml', 'theme: [formal\n')), message: /^cfg-yaml\/deck\.yaml:\d+:\d+: deck\.yaml 的写法有误/ },
  { what: 'an unknown deck.yaml field', prepare: async () => build(await yaml('cfg-field', 'thmee: formal\n')), message: /^cfg-field\/deck\.yaml:1:1: 未知的 deck\.yaml 字段 `thmee`，是不是 `theme`？/ },
  { what: 'a list as theme', prepare: async () => build(await yaml('cfg-type', 'theme:\n  - formal\n')), message: /^cfg-type\/deck\.yaml:2:3: deck\.yaml 字段 `theme`：应当是文字/ },
  { what: 'an unknown theme in deck.yaml', prepare: async () => build(await yaml('cfg-theme', 'theme: red\n')), message: /^cfg-theme\/deck\.yaml：主题“red”不存在/ },
  { what: 'size 5:4 in deck.yaml', prepare: async () => build(await yaml('cfg-size', "size: '5:4'\n")), message: /^cfg-size\/deck\.yaml:1:7: deck\.yaml 字段 `size`：幻灯片尺寸只能是 16:9、4:3/ },
  { what: 'a variable value that could break out of CSS', prepare: async () => build(await yaml('cfg-css', "variables:\n  color-accent: 'red; } body { display: none'\n")), message: /^cfg-css\/deck\.yaml:2:17: deck\.yaml 字段 `variables\.color-accent`：变量值里不能有/ },
  { what: 'templates: /etc', prepare: async () => build(await yaml('cfg-etc', 'templates: /etc\n')), message: /^cfg-etc\/deck\.yaml:1:12: deck\.yaml 字段 `templates`：模板文件夹“\/etc”在幻灯片文件夹外面/ },
  {
    what: 'templates: a symlink to /etc',
    prepare: async () => (await yaml('cfg-etc-link', 'templates: tpl\n'), await symlink('/etc', path.join(workDir, 'cfg-etc-link/tpl')), build('cfg-etc-link')),
    message: /^cfg-etc-link\/deck\.yaml:1:12: deck\.yaml 字段 `templates`：模板文件夹“tpl”在幻灯片文件夹外面/,
  },
  { what: 'a templates folder that does not exist', prepare: async () => build(await yaml('cfg-tpl-missing', 'templates: mine\n')), message: /^cfg-tpl-missing\/deck\.yaml:1:12: deck\.yaml 字段 `templates`：在幻灯片文件夹里找不到模板文件夹“mine”/ },
  { what: 'a logo outside the deck folder (blamed on deck.yaml)', prepare: async () => build(await yaml('cfg-logo', 'footer: 团支部\nlogo: ../good/notice.md\n')), message: /^cfg-logo\/deck\.yaml:2:7: deck\.yaml 字段 `logo`：图片“\.\.\/good\/notice\.md”在幻灯片文件夹外面/ },
  {
    what: 'a logo that is a symlink to /etc/passwd',
    prepare: async () => (await yaml('cfg-logo-link', 'logo: logo.png\n'), await symlink('/etc/passwd', path.join(workDir, 'cfg-logo-link/logo.png')), build('cfg-logo-link')),
    message: /^cfg-logo-link\/deck\.yaml:1:7: deck\.yaml 字段 `logo`：图片“logo\.png”在幻灯片文件夹外面/,
  },
  { what: 'a missing logo', prepare: async () => build(await yaml('cfg-logo-missing', 'logo: logo.png\n')), message: /^cfg-logo-missing\/deck\.yaml:1:7: deck\.yaml 字段 `logo`：在幻灯片文件夹里找不到图片“logo\.png”/ },
  { what: 'deck.yaml that is a folder', prepare: async () => (await deck('cfg-folder', good, { 'deck.yaml/x': 'x' }), build('cfg-folder')), message: /^cfg-folder\/deck\.yaml：这是一个文件夹/ },
  {
    what: 'deck.yaml that is a symlink out of the deck folder',
    prepare: async () => (await deck('cfg-link', good), await symlink(path.join(workDir, 'good/notice.md'), path.join(workDir, 'cfg-link/deck.yaml')), build('cfg-link')),
    message: /^cfg-link\/deck\.yaml：是指向幻灯片文件夹外面的链接/,
  },

  // The command line
  { what: '--size 5:4', prepare: async () => build('good', '--size', '5:4'), message: /^幻灯片尺寸“5:4”不存在；可用的尺寸：16:9、4:3$/ },
  { what: 'an unknown --theme', prepare: async () => build('good', '--theme', 'red'), message: /^主题“red”不存在/ },
  { what: 'an unknown option', prepare: async () => build('good', '--bogus'), message: /^没有 --bogus 这个选项/ },
  { what: 'an unknown command', prepare: async () => ['slides', 'good'], message: /^没有 slides 这个命令/ },
  { what: 'no deck argument', prepare: async () => ['build'], message: /^缺少参数 deck/ },
  { what: '--out without a value', prepare: async () => ['build', 'good', '--out'], message: /^选项 --out 后面要写一个值/ },
  { what: 'handout --paper b5', prepare: async () => ['handout', 'good', '--paper', 'b5', '--out', 'good-out'], message: /^--paper 的值不对：请从 a4、letter 中选一个/ },
  { what: 'print --only slides', prepare: async () => ['print', 'good', '--only', 'handout,slides', '--out', 'good-out'], message: /^--only 的值不对：没有“slides”这一份；请从 pdf（幻灯片）、handout（讲义）、notes（讲稿）、original（通知原文） 中选，用逗号隔开。$/ },
  { what: 'handout --per-page 5', prepare: async () => ['handout', 'good', '--per-page', '5', '--out', 'good-out'], message: /^--per-page 的值不对：请从 1、2、3、4、6 中选一个/ },

  // The output folder
  { what: '--out /', prepare: async () => build('good').slice(0, 2).concat('--out', '/'), message: /^--out \/：不能把根目录当作输出文件夹/ },
  { what: '--out the home folder', prepare: async () => ['build', 'good', '--out', os.homedir()], message: /^--out .+：不能把用户主文件夹当作输出文件夹/ },
  { what: '--out the deck folder itself', prepare: async () => ['build', 'good', '--out', 'good'], message: /^--out good：这是幻灯片文件夹本身/ },
  { what: '--out a folder holding the deck', prepare: async () => ['build', 'good', '--out', '.'], message: /^--out \.：幻灯片文件夹就在它里面/ },
  { what: '--out a file', prepare: async () => ['build', 'good', '--out', 'good/notice.md'], message: /^--out good\/notice\.md：这是一个文件，不是文件夹/ },
  { what: '--out below a file', prepare: async () => ['build', 'good', '--out', 'good/notice.md/out'], message: /^--out good\/notice\.md\/out：good\/notice\.md 是一个文件，不能在它下面建文件夹/ },
  {
    what: '--out a folder notice-deck did not make',
    prepare: async () => (await deck('users-own', null, { 'index.html': '<p>mine</p>', 'assets/fonts/x.woff2': 'font' }), ['build', 'good', '--out', 'users-own']),
    message: /^--out users-own：这个文件夹里已经有别的文件（assets、index\.html），不是 notice-deck 生成的；.*--force/,
  },
  {
    what: 'index.html in the output folder is a folder',
    prepare: async () => (await deck('out-dir-html', null, { [manifestFileName]: JSON.stringify({ generator: 'notice-deck', files: ['index.html'] }), 'index.html/x': 'x' }), ['build', 'good', '--out', 'out-dir-html']),
    message: /^out-dir-html\/index\.html：这里是一个文件夹/,
  },
  {
    what: 'a file notice-deck did not write where it would write one',
    prepare: async () => (await deck('out-foreign-file', null, { [manifestFileName]: JSON.stringify({ generator: 'notice-deck', files: [] }), 'index.html': 'mine' }), ['build', 'good', '--out', 'out-foreign-file']),
    message: /^out-foreign-file\/index\.html：这个文件不是 notice-deck 生成的，不会覆盖它/,
  },
  { what: 'a broken manifest', prepare: async () => (await deck('out-bad-manifest', null, { [manifestFileName]: '{' }), ['build', 'good', '--out', 'out-bad-manifest']), message: /out-bad-manifest\/\.notice-deck\.json：notice-deck 的记录文件坏了/ },
  { what: 'pdf --out a file', prepare: async () => ['pdf', 'good', '--out', 'good/notice.md'], message: /^--out good\/notice\.md：这是一个文件，不是文件夹/ },
  { what: 'png --out /', prepare: async () => ['png', 'good', '--out', '/'], message: /^--out \/：不能把根目录当作输出文件夹/ },
  { what: 'build --single-file --out /', prepare: async () => ['build', 'good', '--single-file', '--out', '/'], message: /^--out \/：不能把根目录当作输出文件夹/ },
  { what: 'pptx into a folder of the user’s', prepare: async () => (await mkdir(path.join(workDir, 'users-pptx'), { recursive: true }), await writeFile(path.join(workDir, 'users-pptx/good.pptx'), 'mine'), ['pptx', 'good', '--out', 'users-pptx']), message: /^--out .*users-pptx：这个文件夹里已经有别的文件（good\.pptx）/ },
  { what: 'handout --out the deck folder', prepare: async () => ['handout', 'good', '--out', 'good'], message: /^--out good：这是幻灯片文件夹本身/ },
  { what: 'notes --out below a file', prepare: async () => ['notes', 'good', '--out', 'good/notice.md/x'], message: /^--out good\/notice\.md\/x：good\/notice\.md 是一个文件/ },
  { what: 'original --out the home folder', prepare: async () => ['original', 'good', '--out', os.homedir()], message: /：不能把用户主文件夹当作输出文件夹/ },
  { what: 'original with a missing picture', prepare: async () => ['original', await deck('orig-pic', withBody('![](gone.png)')), '--out', 'good-out'], message: /^orig-pic\/notice\.md:6:1: 在幻灯片文件夹里找不到图片“gone\.png”/ },

  // import
  { what: 'import of a missing text file', prepare: async () => ['import', 'gone.txt', '--out', 'good-out'], message: /^gone\.txt：找不到这个文件/ },
  { what: 'import of a folder', prepare: async () => ['import', 'good', '--out', 'imported'], message: /^good：这是一个文件夹/ },
  { what: 'import of a binary file', prepare: async () => (await deck('import-bin', null, { 'raw.txt': Uint8Array.from([0xff, 0xfe, 0x00, 0xd8, 0x00]) }), ['import', 'import-bin/raw.txt', '--out', 'imported']), message: /^import-bin\/raw\.txt：/ },
  { what: 'import over an existing notice.md', prepare: async () => (await deck('import-txt', null, { 'raw.txt': '关于开展学习的通知\n\n正文。\n' }), ['import', 'import-txt/raw.txt', '--out', 'good']), message: /^--out good：这个文件夹里已经有别的文件（notice\.md），不是 notice-deck 生成的/ },
  { what: 'import --out a file', prepare: async () => (await deck('import-txt2', null, { 'raw.txt': '关于开展学习的通知\n\n正文。\n' }), ['import', 'import-txt2/raw.txt', '--out', 'good/notice.md']), message: /^--out good\/notice\.md：这是一个文件，不是文件夹/ },
  { what: 'import --out /', prepare: async () => (await deck('import-txt3', null, { 'raw.txt': '关于开展学习的通知\n\n正文。\n' }), ['import', 'import-txt3/raw.txt', '--out', '/']), message: /^--out \/：不能把根目录当作输出文件夹/ },
];

describe('bad input: one Chinese line, exit code 1, nothing written', () => {
  it('has at least 40 cases', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
  });

  for (const row of rows) {
    it(row.what, async () => {
      const args = await row.prepare();
      const before = await snapshotTree(workDir);
      const result = await runCliInProcess(args, workDir);
      expect(result.code).toBe(row.code ?? 1);
      const lines = result.stderr.split('\n').filter(Boolean);
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^notice-deck: /);
      expect(lines[0]!.replace(/^notice-deck: /, '')).toMatch(row.message);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+\)?$|Error:/m);
      expect(result.stdout).toBe('');
      expect(await snapshotTree(workDir)).toEqual(before);
    });
  }
});

describe('the spawned CLI', () => {
  const bin = path.resolve('bin/notice-deck.js');
  const spawn = (args: string[], env: NodeJS.ProcessEnv = {}) =>
    promisify(execFile)(process.execPath, [bin, ...args], { cwd: workDir, env: { ...process.env, CI: 'true', ...env } }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
    );

  // A user's mistake and a misused command line, each one way through the bin; the rows above have the other cases.
  it.each([
    [['build', 'binary', '--out', 'good-out'], /^notice-deck: binary\/notice\.md：不是 UTF-8 编码的文本/],
    [['pdf', 'good', '--bogus'], /^notice-deck: 没有 --bogus 这个选项/],
  ])('%j: one line, exit code 1', async (args, message) => {
    await deck('binary', Uint8Array.from([0xff, 0xfe, 0xfd]));
    const before = await snapshotTree(workDir);
    const result = await spawn(args);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(await snapshotTree(workDir)).toEqual(before);
  });

  // --debug and the plain run in-process (runCli decides); the variable through a real process, whose environment the bin hands on.
  it('shows the stack trace with --debug or NOTICE_DECK_DEBUG=1, and only then', async () => {
    const plain = await runCliInProcess(['build', 'nowhere'], workDir);
    expect(plain.stderr.trim().split('\n')).toHaveLength(1);
    for (const result of [await runCliInProcess(['--debug', 'build', 'nowhere'], workDir), await spawn(['build', 'nowhere'], { NOTICE_DECK_DEBUG: '1' })]) {
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^notice-deck: nowhere：找不到这个文件或文件夹/);
      expect(result.stderr).toMatch(/\n\s+at /);
    }
  });
});
