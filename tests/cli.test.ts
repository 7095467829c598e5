import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPptx } from './support/pptx.js';
import { runCliInProcess } from './support/run-cli.js';

// The CLI in-process (tests/support/run-cli.ts), on the shared browser (tests/support/cli-on-shared-browser.ts); the first test runs the compiled bin as users do (`npm test` compiles first).
const cli = (...args: string[]) => runCliInProcess(args, workDir);

async function spawned(...args: string[]) {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [path.resolve('bin/notice-deck.js'), ...args], { cwd: workDir, env: { ...process.env, CI: 'true' } });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let workDir: string;
beforeAll(async () => {
  workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-cli-'));
});
afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function deck(name: string, content: string | Uint8Array): Promise<string> {
  const dir = path.join(workDir, name);
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'notice.md'), content);
  return name;
}

describe('notice-deck CLI', () => {
  it('lists its commands and its version', async () => {
    // The version from the compiled bin: it really starts.
    const help = await cli('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/build\s+\[options\] <deck\.\.\.>\s+\S/);
    expect(help.stdout).toMatch(/pdf\s+\[options\] <deck\.\.\.>\s+\S/);
    expect((await spawned('--version')).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('builds a deck into dist/<deck> by default and into --out', async () => {
    const name = await deck('ok', '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n');
    const built = await cli('build', name);
    expect(built).toMatchObject({ code: 0, stderr: '' });
    expect(built.stdout).toMatch(/dist\/ok\/index\.html（3 张幻灯片）/);
    expect(existsSync(path.join(workDir, 'dist/ok/index.html'))).toBe(true);
    expect((await cli('build', name, '--out', 'elsewhere')).code).toBe(0);
    expect(existsSync(path.join(workDir, 'elsewhere/index.html'))).toBe(true);
  });

  const badInputs: [string, () => Promise<string>, RegExp][] = [
    ['a missing folder', async () => 'nowhere', /^notice-deck: nowhere：找不到这个文件或文件夹/],
    ['a folder without notice.md', async () => (await mkdir(path.join(workDir, 'empty'), { recursive: true }), 'empty'), /^notice-deck: empty\/notice\.md：找不到这个文件/],
    ['a file that is not UTF-8', () => deck('gbk', Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xd6, 0xd0, 0xce, 0xc4])), /^notice-deck: gbk\/notice\.md：不是 UTF-8 编码的文本：请另存为 UTF-8/],
    ['front matter that is not YAML', () => deck('yaml', '---\nissuer: 团委\ntitle: [通知\n---\n正文\n'), /^notice-deck: yaml\/notice\.md:\d+:\d+: 信息区的写法有误/],
    ['a mistyped field', () => deck('field', '---\nissuer: 团委\ntitle: 通知\nsignatrue: 团委\n---\n正文\n'), /^notice-deck: field\/notice\.md:4:1: 未知的信息区字段 `signatrue`，是不是 `signature`？/],
    ['an empty body', () => deck('nobody', '---\nissuer: 团委\ntitle: 通知\n---\n\n'), /^notice-deck: nobody\/notice\.md:\d+:1: 正文是空的/],
  ];

  for (const [what, make, message] of badInputs) {
    it(`rejects ${what} in one line, exit code 1, writing nothing`, async () => {
      const input = await make();
      const result = await cli('build', input, '--out', `out-${input}`);
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(path.join(workDir, `out-${input}`))).toBe(false);
    });
  }

  it('builds a notice whose numbering skips, warning at the line and column', async () => {
    const name = await deck('skips', '---\nissuer: 团委\ntitle: 通知\n---\n\n# 一、甲\n\n正文。\n\n# 三、丙\n\n正文。\n');
    const result = await cli('build', name);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('warning: skips/notice.md:10:1: 编号从“一”跳到了“三”\n');
  });

  it('rejects an unknown directive, naming the valid ones', async () => {
    const name = await deck('directive', '---\nissuer: 团委\ntitle: 通知\n---\n\n<!-- layuot: cards -->\n\n正文。\n');
    const result = await cli('build', name, '--out', 'out-directive');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('notice-deck: directive/notice.md:6:1: 指令“layuot”不存在；可用的指令：layout、notes、skip\n');
  });

  it('lists themes and layouts with their slots', async () => {
    const themes = await cli('themes');
    expect(themes.stdout.split('\n').filter(Boolean).map((line) => line.split(' ')[0])).toEqual(['contrast', 'formal', 'light', 'print']);
    const layouts = (await cli('layouts')).stdout;
    for (const name of ['cover', 'agenda', 'section', 'points', 'cards', 'quote', 'two-column', 'image-and-text', 'meeting-info', 'discussion', 'closing', 'blank']) {
      expect(layouts).toMatch(new RegExp(`^${name} +\\S`, 'm'));
    }
    expect(layouts).toMatch(/^points +title, key, body$/m);
  });

  it('writes one PNG per slide at the slide size, and a contact sheet of them for a phone', async () => {
    // A longer deck first: its extra pictures must not stay behind as part of the shorter one.
    const name = await deck('pictures', '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n一、甲\n\n正文。\n\n二、乙\n\n正文。\n');
    expect((await cli('png', name, '--size', '4:3')).code).toBe(0);
    expect((await readdir(path.join(workDir, 'dist/pictures/png'))).length).toBeGreaterThan(3);
    await deck('pictures', '---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n正文。\n');
    const result = await cli('png', name, '--size', '4:3');
    expect(await readdir(path.join(workDir, 'dist/pictures/png'))).toEqual(['pictures-01.png', 'pictures-02.png', 'pictures-03.png', 'pictures-sheet.png']);
    expect(result).toMatchObject({ code: 0, stdout: 'dist/pictures/png/（3 张图片，另有一张总览图 pictures-sheet.png，适合发到手机群里）\n' });
    const png = await readFile(path.join(workDir, 'dist/pictures/png/pictures-01.png'));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1024, 768]);
    const sheet = await readFile(path.join(workDir, 'dist/pictures/png/pictures-sheet.png'));
    expect(sheet.readUInt32BE(16)).toBe(1080);
  });

  it('writes an editable .pptx with the deck’s pictures', async () => {
    const photo = await readFile(path.resolve('docs/images/theme-light.png'));
    const name = await deck(
      'slides',
      '---\nissuer: 某某团委\ntitle: 关于开展主题团日活动的通知\n---\n\n<!-- layout: image-and-text -->\n\n![活动照片](photo.png)\n\n上周主题团日活动中，同学们交流了网络安全知识。\n',
    );
    await writeFile(path.join(workDir, name, 'photo.png'), photo);
    const result = await cli('pptx', name, '--theme', 'light');
    expect(result).toMatchObject({ code: 0, stdout: expect.stringMatching(/^dist\/slides\/slides\.pptx（\d+ 张幻灯片）\n$/u) });
    const slides = await readPptx(path.join(workDir, 'dist/slides/slides.pptx'));
    expect(slides.some((slide) => slide.pictures.some((picture) => Buffer.from(picture).equals(photo)))).toBe(true);
    expect(slides.map((slide) => slide.shapes.find((shape) => shape.placeholder === 'title')?.text)[0]).toBe('关于开展主题团日活动的通知');
  });

  it('names deck.yaml, and where it can the line, for a size or theme it does not know', async () => {
    const name = await deck('config', '---\nissuer: 团委\ntitle: 通知\n---\n\n正文。\n');
    await writeFile(path.join(workDir, name, 'deck.yaml'), 'size: 16x9\n');
    const size = await cli('build', name, '--out', 'out-config');
    expect(size.code).toBe(1);
    expect(size.stderr).toBe("notice-deck: config/deck.yaml:1:7: deck.yaml 字段 `size`：幻灯片尺寸只能是 16:9、4:3（加引号写，如 '4:3'）\n");
    await writeFile(path.join(workDir, name, 'deck.yaml'), 'theme: red\n');
    const theme = await cli('build', name, '--out', 'out-config');
    expect(theme.code).toBe(1);
    expect(theme.stderr).toBe('notice-deck: config/deck.yaml：主题“red”不存在；可用的主题：contrast、formal、light、print\n');
    expect(existsSync(path.join(workDir, 'out-config'))).toBe(false);
  });

  it('leaves the previous output intact when a rebuild fails', async () => {
    const name = await deck('keep', '---\nissuer: 团委\ntitle: 通知\n---\n\n正文。\n');
    expect((await cli('build', name)).code).toBe(0);
    const before = await readdir(path.join(workDir, 'dist/keep'));
    await deck('keep', '---\nissuer: 团委\ntitle: 通知\nbogus: 1\n---\n\n正文。\n');
    expect((await cli('build', name)).code).toBe(1);
    expect(await readdir(path.join(workDir, 'dist/keep'))).toEqual(before);
  });
});

describe('notice-deck check', { timeout: 120_000 }, () => {
  const body = '各团支部要认真组织团员集中学习有关文件，每次学习不少于一小时，并做好学习记录。';

  it('passes a clean deck with exit code 0 and says so in Chinese', async () => {
    const name = await deck('check-ok', `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n${body}\n`);
    const checked = await cli('check', name);
    expect(checked.code).toBe(0);
    expect(checked.stdout).toBe('3 张幻灯片都检查过了，没有发现问题\n');
  });

  it('names the slide of an error, exits with 1, and gives tools JSON', async () => {
    const name = await deck('check-todo', `---\nissuer: 某某团委\ntitle: 关于开展学习的通知\n---\n\n${body}请于XXX前报送。\n`);
    const checked = await cli('check', name);
    expect(checked.code).toBe(1);
    expect(checked.stdout).toMatch(/^第 2 张 错误［占位文字］有占位文字“请于XXX前报送。”，请换成真实内容$/mu);
    expect(checked.stdout).toMatch(/1 个错误.*请先改正错误再放映或打印\n$/u);
    const json = await cli('check', name, '--json');
    expect(json.code).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ slides: 3, errors: 1, findings: [{ slide: 2, kind: 'placeholder', severity: 'error' }] });
  });
});
