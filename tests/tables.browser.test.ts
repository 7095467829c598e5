/**
 * A notice's tables on slides, in real Chromium at 16:9 and 4:3: each is a <table> with the
 * notice's cells, a long one split by rows with its header row on every part, and nothing on a
 * table slide is cut off or breaks the line-breaking rules (the preflight check's errors).
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../src/build/build-deck.js';
import { checkDeck } from '../src/check/check-deck.js';
import { loadPrintView } from '../src/check/page.js';
import { slideSizes } from '../src/render/slide-size.js';
import { testBrowser } from './support/browser.js';

const gfm = (rows: string[][]) => [rows[0]!, rows[0]!.map(() => '---'), ...rows.slice(1)].map((row) => `| ${row.join(' | ')} |`).join('\n');

const places = ['大学生活动中心报告厅', '图书馆三楼学术报告厅', '体育馆', '第二教学楼201教室'];
const topics = ['志愿者通用知识培训', '岗位技能分组培训', '礼仪接待实操演练', '应急处置与安全教育', '赛事流程全要素演练'];
const schedule = [['时间', '内容', '地点'], ...Array.from({ length: 20 }, (_, index) => [`7月${Math.floor(index / 3) + 1}日 ${['08:30-10:00', '10:20-11:50', '14:00-15:30'][index % 3]}`, topics[index % 5]!, places[index % 4]!])];
const scoring = [
  ['评分项目', '分值', '评分标准', '备注'],
  ['主题内容', '30', '主题鲜明，紧扣学习内容，观点正确，联系本支部实际，有思考、有深度，能提出具体可行的改进措施', '偏离主题的不得分'],
  ['组织形式', '25', '形式新颖多样，团员参与面广，互动充分，现场气氛活跃，能够调动团员的积极性和主动性', '参与率低于八成的酌情扣分'],
  ['材料报送', '20', '按时报送活动方案、总结、照片和视频等材料，内容齐全，格式规范', '逾期报送的扣5分'],
];
const summary = [
  ['序号', '学院', '团支部数', '团员人数', '推荐人数', '联系人', '联系电话', '报送时间'],
  ['1', '文学院', '24', '812', '6', '王老师', '0451-55190001', '6月20日'],
  ['2', '经济与管理学院', '40', '1388', '10', '张老师', '0451-55190003', '6月21日'],
];
const tables = [schedule, scoring, summary];

const notice = `---
issuer: 共青团某某大学委员会
title: 关于举办暑期志愿者培训的通知
date: 2025-06-05
---

为做好暑期志愿服务工作，现将培训有关事项通知如下。

# 一、培训日程

${gfm(schedule)}

# 二、评分标准

${gfm(scoring)}

# 三、推荐名额汇总

${gfm(summary)}

# 四、有关要求

各学院团委要高度重视，认真组织，确保培训取得实效。
`;

interface Shown {
  /** Per table slide, its rows' cell texts, the header row first. */
  tables: string[][][];
  /** The smallest type of any table cell, in px. */
  smallestType: number;
  /** Errors the preflight check finds on any slide. */
  errors: string[];
}

let tmp: string;
let browser: Browser;
const shown = new Map<string, Shown>();

async function showTables(page: Page, size: keyof typeof slideSizes): Promise<Shown> {
  const built = await buildDeck(tmp, { outDir: path.join(tmp, `out-${size.replace(':', 'x')}`), size: slideSizes[size] });
  await loadPrintView(page, built.htmlPath, built.size);
  const errors = (await checkDeck(page, built.size)).filter((finding) => finding.severity === 'error').map((finding) => `${finding.slide}: ${finding.message}`);
  const read = await page.evaluate(() => {
    const sections = [...document.querySelectorAll('section.layout-table')];
    const cells = [...document.querySelectorAll('section.layout-table :is(th, td)')];
    return {
      tables: sections.map((section) => [...section.querySelectorAll('table tr')].map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''))),
      smallestType: Math.min(...cells.map((cell) => parseFloat(getComputedStyle(cell).fontSize))),
    };
  });
  return { ...read, errors };
}

beforeAll(async () => {
  tmp = await mkdtemp(path.join(os.tmpdir(), 'tables-'));
  await writeFile(path.join(tmp, 'notice.md'), notice);
  browser = await testBrowser();
  const page = await browser.newPage();
  try {
    for (const size of ['16:9', '4:3'] as const) shown.set(size, await showTables(page, size));
  } finally {
    await page.close();
  }
}, 120_000);

afterAll(async () => {
  await browser?.disconnect();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

describe.each(['16:9', '4:3'])('tables at %s', (size) => {
  it('shows each table as <table>s with its cells, a long one split by rows with the header row on every part', () => {
    const { tables: parts } = shown.get(size)!;
    let next = 0;
    for (const table of tables) {
      const rows: string[][] = [];
      while (next < parts.length && JSON.stringify(parts[next]![0]) === JSON.stringify(table[0])) rows.push(...parts[next++]!.slice(1));
      expect(rows).toEqual(table.slice(1));
    }
    expect(next).toBe(parts.length);
    // The 20-row schedule does not fit one slide at the deck's type.
    expect(parts.length).toBeGreaterThan(tables.length);
  });

  it('sets no cell below the smaller table type, and nothing is cut off or badly broken', () => {
    const { smallestType, errors } = shown.get(size)!;
    expect(smallestType).toBeGreaterThanOrEqual(24);
    expect(errors).toEqual([]);
  });
});
