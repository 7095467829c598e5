import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildDeck } from '../src/build/build-deck.js';
import { importNoticeText, type ImportedNotice } from '../src/import/import-notice.js';
import { runCliInProcess } from './support/run-cli.js';

const fixtures = path.resolve('tests/fixtures/import');

async function importFixture(name: string): Promise<ImportedNotice> {
  return importNoticeText(await readFile(path.join(fixtures, `${name}.txt`), 'utf8'), `${name}.txt`);
}

/** notice.md split into its parsed front matter and its body. */
function splitNotice(markdown: string): { frontMatter: unknown; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/u.exec(markdown);
  if (!match) throw new Error(`no front matter in:\n${markdown}`);
  return { frontMatter: parse(match[1]!), body: match[2]! };
}

const withoutWhitespace = (text: string) => text.replace(/\s+/gu, '');

describe('import: the sample notice (中青发〔2016〕9号)', () => {
  it('produces the hand-made notice.md: the same front matter, the same body', async () => {
    const imported = await importFixture('zqf-2016-9');
    const made = splitNotice(imported.markdown);
    const handMade = splitNotice(await readFile('decks/zqf-2016-9/notice.md', 'utf8'));
    expect(made.frontMatter).toEqual(handMade.frontMatter);
    expect(withoutWhitespace(made.body)).toBe(withoutWhitespace(handMade.body));
    expect(imported.warnings).toEqual([]);
  });

  it('joins the paragraph and the heading the PDF split, and keeps the stray “and”', async () => {
    const { paragraphs, report } = await importFixture('zqf-2016-9');
    expect(paragraphs).toHaveLength(11);
    expect(paragraphs[0]).toContain('为我国网信事业的发展指明了方向');
    expect(paragraphs).toContain('二、认真落实讲话要求，牢牢把握共青团网络新媒体工作的基本原则');
    // The heading before it is complete: the next line is a paragraph of its own, cut at a page break.
    expect(paragraphs).toContain('三、深入学习宣传贯彻讲话精神，推动共青团网络新媒体工作全面提质增效');
    expect(paragraphs.find((paragraph) => paragraph.startsWith('各级团组织要把讲话精神'))).toContain('占网各项工作之中');
    expect(paragraphs.at(-1)).toContain('落到实处。近期要围绕');
    expect(paragraphs.join('')).toContain('互动社交平台 and “青少年维权在线”');
    expect(report).toContain('发文字号: 中青发〔2016〕9号');
    expect(report).toContain('抄送: 团中央书记处各同志 | 团中央机关各部门、各直属单位。');
    expect(report.at(-1)).toBe('正文: 11 段，其中一级标题 3 个；接回 4 处断开的段落');
  });
});

describe('import: notices of other shapes', () => {
  it('reads a 函 from a school committee: no mark, no number, issuer from the signature', async () => {
    const imported = await importFixture('school-letter');
    expect(imported.fields).toEqual({
      issuer: '共青团某某大学委员会',
      title: '关于协助做好2024年度“五四”评优推荐工作的函',
      addressees: '各学院团委（团总支）',
      signature: '共青团某某大学委员会',
      date: '2024-03-15',
    });
    expect(imported.paragraphs).toEqual([
      '为表彰先进、树立典型，根据团省委有关通知要求，校团委将开展2024年度校级“五四”评优推荐工作。现将有关事项函告如下。',
      '（一）推荐范围。全校各级团组织和全体团员均可参评，推荐对象须在本年度内无违纪记录，所在团支部须按期完成团员教育评议和团费收缴工作。',
      '（二）推荐程序。各学院团委组织团支部逐级推荐，经学院党组织审核同意后，于4月10日前将推荐材料报送校团委组织部。',
      '（三）有关要求。各学院要坚持公开、公平、公正，严格把关，确保推荐对象可信可学。',
      // Short lines without final punctuation end where the author ended them.
      '联系人：王老师',
      '联系电话：0571-88880000',
    ]);
    expect(imported.report[0]).toBe('发文机关: 共青团某某大学委员会（取自落款）');
    // No mark, number or 版记: a notice as posted on a website, said in one line.
    expect(imported.warnings).toEqual(['没有红头（…文件）、发文字号和版记，按网页上发布的通知处理：发文机关取自落款']);
  });

  it('reads a number written [2024], a title over two lines, attachments and 抄送 over two lines', async () => {
    const imported = await importFixture('city-tuanri');
    expect(imported.fields).toEqual({
      issuer: '共青团某某市委员会',
      number: '某团发〔2024〕3号',
      title: '共青团某某市委员会关于开展“青春心向党·建功新时代”主题团日活动的通知',
      addressees: '各区县团委，市直机关团工委，各高校团委',
      attachments: ['主题团日活动记录表', '主题团日活动总结报送模板'],
      signature: '共青团某某市委员会',
      date: '2024-03-15',
      cc: ['市委办公室', '市委组织部', '市委宣传部', '市教育局', '市文明办。'],
      printer: '共青团某某市委员会办公室',
      printDate: '2024-03-18',
    });
    expect(imported.warnings).toEqual([
      '发文字号“某团发[2024]3号”改写为“某团发〔2024〕3号”（GB/T 9704：年份用〔〕括起来，不加“第”，序号前不加 0）',
    ]);
    const { body } = splitNotice(imported.markdown);
    // A short heading is not joined to the short paragraph under it.
    expect(body).toContain('\n# 一、活动时间\n\n2024年3月20日至4月30日。\n');
    expect(body).toContain('\n# 三、有关要求\n');
    // GFM would strike “~5名团员…” through.
    expect(body).toContain('推选3\\~5名团员');
    expect(body).not.toMatch(/附件|抄送|印发|共青团某某市委员会$/mu);
  });

  it('reads CRLF text with full-width indentation, page numbers, （2023）05号, a Chinese-numeral date and attachment pages', async () => {
    const imported = await importFixture('company-crlf');
    expect(imported.fields).toEqual({
      issuer: '中共某某科技有限公司委员会',
      number: '某科党发〔2023〕5号',
      title: '中共某某科技有限公司委员会关于开展主题教育专题学习的通知',
      addressees: '各党支部',
      attachments: ['2023年第四季度专题学习计划表'],
      signature: '中共某某科技有限公司委员会',
      date: '2023-11-08',
      cc: ['公司董事会、监事会。'],
      printer: '中共某某科技有限公司委员会办公室',
      printDate: '2023-11-09',
    });
    expect(imported.paragraphs).toEqual([
      '为深入开展主题教育，推动理论学习走深走实，经公司党委研究，决定在全体党员中开展专题学习。现将有关事项通知如下：',
      // Split over a page number: the heading's second line is short and unnumbered.
      '一、充分认识开展专题学习的重要意义，切实增强学习的自觉性',
      // Cut after a comma at a page break (第 3 页).
      '开展专题学习是加强党员队伍建设的重要举措。各党支部要把专题学习作为当前的一项重要政治任务，精心组织，周密安排，确保每名党员都参加学习。',
      '二、学习安排',
      '（一）集中学习。每月开展一次集中学习，每次不少于半天。',
      '（二）自学。党员每周自学不少于3小时，撰写心得体会。',
      '三、有关要求',
      // A paragraph that ends in 。 ends there, even when the next one is not numbered.
      '各党支部要结合实际制定学习计划，于11月15日前报送公司党委办公室。',
      '学习中遇到的问题，请及时向公司党委办公室反映。',
    ]);
    expect(imported.markdown).not.toMatch(/\r|\u3000|— \d —|第 3 页/u);
    expect(imported.warnings).toEqual([
      '发文字号“某科党发（2023）05号”改写为“某科党发〔2023〕5号”（GB/T 9704：年份用〔〕括起来，不加“第”，序号前不加 0）',
      '已略去日期后面的 4 行（第 37–43 行，“附件”…）：附件和附注不属于正文',
    ]);
    expect(imported.report.at(-1)).toBe('正文: 9 段，其中一级标题 3 个；接回 2 处断开的段落，去掉 3 个页码');
  });

  it('warns of each part of the printed frame that is missing when the notice has some of it', () => {
    const text = ['某团发〔2025〕7号', '关于做好寒假返乡大学生志愿服务工作的通知', '各乡镇团委：', '请各团委组织返乡大学生参加社区志愿服务。', '共青团某某县委员会', '2025年1月6日', ''].join('\n');
    expect(importNoticeText(text, 'framed.txt').warnings).toEqual([
      '没找到发文机关标志（…文件）：发文机关取自落款',
      '没找到印发机关和印发日期（…2016年5月4日印发）',
    ]);
  });

  it('leaves a missing issuer and title out, with warnings, and refuses text with neither title nor body', () => {
    const imported = importNoticeText('各团支部要认真组织学习。\n', 'body.txt');
    expect(imported.fields.issuer).toBeUndefined();
    expect(imported.fields.title).toBeUndefined();
    expect(imported.markdown).not.toMatch(/issuer|title|请填写/u);
    expect(imported.warnings).toContain('没找到标题（主送机关上面、以 通知/意见/决定/… 结尾的一行）：没找到的不写进 notice.md，幻灯片和打印件也不显示；可以在信息区补上 title:');
    expect(imported.paragraphs).toEqual(['各团支部要认真组织学习。']);
    expect(() => importNoticeText('\n　　\n— 1 —\n', 'empty.txt')).toThrow('empty.txt：既没找到标题也没找到正文');
  });
});

describe('notice-deck import (CLI)', () => {
  let workDir: string;
  const cli = (...args: string[]) => runCliInProcess(args, workDir);

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-import-'));
    for (const name of ['zqf-2016-9', 'city-tuanri']) await copyFile(path.join(fixtures, `${name}.txt`), path.join(workDir, `${name}.txt`));
  });
  afterAll(async () => {
    await rm(workDir, { recursive: true, force: true });
  });

  it('writes decks/<name>/notice.md, reports what it found, and the notice builds', async () => {
    const result = await cli('import', 'zqf-2016-9.txt');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('发文字号: 中青发〔2016〕9号\n');
    expect(result.stdout).toContain('成文日期: 2016-04-29\n');
    expect(result.stdout.trim().split('\n').at(-1)).toBe('decks/zqf-2016-9/notice.md');
    const written = await readFile(path.join(workDir, 'decks/zqf-2016-9/notice.md'), 'utf8');
    expect(written).toBe(importNoticeText(await readFile(path.join(fixtures, 'zqf-2016-9.txt'), 'utf8'), 'zqf-2016-9.txt').markdown);

    const warnings: string[] = [];
    const built = await buildDeck(path.join(workDir, 'decks/zqf-2016-9'), { outDir: path.join(workDir, 'dist'), warn: (message) => warnings.push(message) });
    expect(built.slideCount).toBeGreaterThan(5);
    // Only lint's reminder of the stray “and” the notice was issued with.
    expect(warnings).toEqual([expect.stringMatching(/提醒：中文句子里夹着英文“and”/u)]);
  });

  it('writes into --out, warns on stderr, and builds a notice with attachments and escaped text', async () => {
    const result = await cli('import', 'city-tuanri.txt', '--out', 'my-deck');
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/^warning: 发文字号“某团发\[2024\]3号”改写为“某团发〔2024〕3号”/u);
    expect(existsSync(path.join(workDir, 'my-deck/notice.md'))).toBe(true);
    const built = await buildDeck(path.join(workDir, 'my-deck'), { outDir: path.join(workDir, 'dist-city') });
    const html = await readFile(built.htmlPath, 'utf8');
    expect(html).toContain('3~5名');
  });

  it('refuses to overwrite notice.md without --force, in one line, and replaces it with --force', async () => {
    // A notice.md of its own, imported and then edited by hand, whichever test ran before.
    await copyFile(path.join(fixtures, 'zqf-2016-9.txt'), path.join(workDir, 'edited.txt'));
    expect((await cli('import', 'edited.txt')).code).toBe(0);
    const target = path.join(workDir, 'decks/edited/notice.md');
    await writeFile(target, 'edited by hand');
    const refused = await cli('import', 'edited.txt');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe('notice-deck: decks/edited/notice.md：已经存在；要覆盖请加上 --force\n');
    expect(refused.stdout).toBe('');
    expect(await readFile(target, 'utf8')).toBe('edited by hand');
    expect((await cli('import', 'edited.txt', '--force')).code).toBe(0);
    expect(await readFile(target, 'utf8')).toMatch(/^---\nissuer: 共青团中央\n/u);
  });

  const badInputs: [string, string, Uint8Array, string][] = [
    // 中文 in GBK.
    ['GBK text', 'gbk.txt', Uint8Array.from([0xd6, 0xd0, 0xce, 0xc4, 0x0a]), 'notice-deck: gbk.txt：不是 UTF-8 编码的文本：请另存为 UTF-8（WPS/Word/记事本：另存为 → 编码选 UTF-8）\n'],
    ['UTF-16 text', 'utf16.txt', Uint8Array.from([0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65]), 'notice-deck: utf16.txt：不是 UTF-8 编码的文本：请另存为 UTF-8（WPS/Word/记事本：另存为 → 编码选 UTF-8）\n'],
    ['a broken PDF', 'notice.pdf', new TextEncoder().encode('%PDF-1.7\n'), 'notice-deck: notice.pdf：读不出这个 PDF 文件（文件可能已损坏或加了密码）；请用 WPS 或 Word 打开后另存一份再导入\n'],
  ];
  for (const [what, name, bytes, message] of badInputs) {
    it(`rejects ${what} in one line, exit code 1, writing nothing`, async () => {
      await writeFile(path.join(workDir, name), bytes);
      const result = await cli('import', name);
      expect(result).toMatchObject({ code: 1, stdout: '', stderr: message });
      expect(existsSync(path.join(workDir, 'decks', path.parse(name).name))).toBe(false);
    });
  }

  it('rejects a missing file in one line', async () => {
    expect(await cli('import', 'nowhere.txt')).toMatchObject({
      code: 1,
      stderr: 'notice-deck: nowhere.txt：找不到这个文件；请给出通知的 PDF、Word、网页或文本文件\n',
    });
  });
});

describe('a notice import could not find the issuer and title of', () => {
  it('builds with one warning per missing field (file, line) and shows no stand-in on any slide', async () => {
    const workDir = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-untitled-'));
    try {
      const imported = importNoticeText('各团支部：\n\n请于3月20日前报送学习记录。\n\n共青团某某委员会\n\n2024年3月1日\n', 'untitled.txt');
      const deck = path.join(workDir, 'untitled');
      await mkdir(deck, { recursive: true });
      await writeFile(path.join(deck, 'notice.md'), imported.markdown);
      const warnings: string[] = [];
      const built = await buildDeck(deck, { outDir: path.join(workDir, 'dist'), warn: (message) => warnings.push(message) });
      const html = await readFile(built.htmlPath, 'utf8');
      expect(html).not.toContain('请填写');
      expect(warnings.filter((warning) => warning.includes('信息区没有 title'))).toEqual([expect.stringMatching(/notice\.md:1:1: 信息区没有 title（标题）/u)]);
      expect(warnings.filter((warning) => warning.includes('信息区没有 issuer'))).toHaveLength(imported.fields.issuer ? 0 : 1);
    } finally {
      await rm(workDir, { recursive: true, force: true });
    }
  });
});

describe('import: the corpus notices (tests/fixtures/notices)', () => {
  const corpus = path.resolve('tests/fixtures/notices');
  /** Each fixture's title as its raw text gives it, read by hand: not a web page's menu, column or breadcrumbs. */
  const titles = JSON.parse(readFileSync(path.join(corpus, 'titles.json'), 'utf8')) as Record<string, string>;
  const ids = readdirSync(corpus).filter((file) => file.endsWith('.txt')).map((file) => file.slice(0, -'.txt'.length));

  it('has a title for every fixture', () => {
    expect(Object.keys(titles).sort()).toEqual(ids.sort());
  });

  it.each(ids)('%s: the title is the document’s', async (id) => {
    const imported = importNoticeText(await readFile(path.join(corpus, `${id}.txt`), 'utf8'), `${id}.txt`);
    expect((splitNotice(imported.markdown).frontMatter as { title?: string }).title).toBe(titles[id]);
  });
});
