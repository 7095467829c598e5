/**
 * The two example branches of the sample notice, built together as `pdf --all-branches --print-set`
 * does (one shared Chromium: here the test run's), read back from the real PDFs: they differ where a
 * branch differs (cover, meeting, theme, logo, questions, own slide, hidden closing) and share the notice.
 * The published decks are also checked in the browser and exported as .pptx.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import type { Browser } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAllBranches, type BranchOutcome } from '../src/branch/batch.js';
import { exportDeckPptx } from '../src/pptx/export-pptx.js';
import { testBrowser } from './support/browser.js';
import { findOverflow, onlineRequests, openPrintView, sectionCount } from './support/deck-checks.js';
import { pptxPackageProblems } from './support/ooxml-package.js';
import { pixelShare, readPdf, renderPage, withoutWhitespace, type ReadPdf } from './support/pdf.js';
import { readPptx } from './support/pptx.js';

const deck = 'decks/zqf-2016-9';
/** The sample's slide size, which neither branch changes. */
const size = { width: 1280, height: 720 };
let out: string;
let browser: Browser;
let outcomes: BranchOutcome[];
const pdfs = new Map<string, ReadPdf>();
const files = (id: string, short: string) => ({
  slides: path.join(out, id, `zqf-2016-9-${short}.pdf`),
  handout: path.join(out, id, `zqf-2016-9-${short}-handout-3.pdf`),
  signin: path.join(out, id, `zqf-2016-9-${short}-签到表.pdf`),
  record: path.join(out, id, `zqf-2016-9-${short}-学习记录.pdf`),
});
type BranchYaml = { name: string; shortName: string; meetingTitle: string; presenter: string; attendees: number | string[]; discussion?: string[] };
const branch = async (id: string) => parse(await readFile(path.join(deck, 'branches', `${id}.yaml`), 'utf8')) as BranchYaml;
let college: BranchYaml;
let company: BranchYaml;
let noticeTitle: string;

beforeAll(async () => {
  out = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-branches-'));
  [college, company] = await Promise.all([branch('college'), branch('company')]);
  noticeTitle = /^title: (.+)$/mu.exec(await readFile(path.join(deck, 'notice.md'), 'utf8'))![1]!;
  browser = await testBrowser();
  outcomes = await buildAllBranches(deck, deck, { jobs: 2, pdf: true, printSet: true, zip: false, outDir: out, browser });
  // A branch that failed has no PDFs to read: say why it failed rather than which file is missing.
  for (const { id, error } of outcomes) if (error) throw new Error(`the branch ${id} failed`, { cause: error });
  for (const [id, yaml] of [['college', college], ['company', company]] as const) {
    for (const [kind, file] of Object.entries(files(id, yaml.shortName))) pdfs.set(`${id}/${kind}`, await readPdf(file));
  }
}, 600_000);
afterAll(async () => {
  await browser?.disconnect();
  await rm(out, { recursive: true, force: true });
});

describe('the example branches', () => {
  it('both build, and their slide PDFs say whose meeting they are', () => {
    expect(outcomes.map((outcome) => [outcome.id, outcome.error])).toEqual([['college', undefined], ['company', undefined]]);
    for (const [id, yaml] of [['college', college], ['company', company]] as const) {
      const { info, pages } = pdfs.get(`${id}/slides`)!;
      expect(info).toMatchObject({ Title: yaml.meetingTitle, Author: yaml.name, Subject: noticeTitle });
      expect(pages[0]!.text).toContain(withoutWhitespace(yaml.name).slice(0, 8));
      expect(pages[0]!.text).toContain(`领学人：${yaml.presenter}`);
      expect(pages[1]!.text).toContain('议程');
      expect(outcomes.find((outcome) => outcome.id === id)!.pages).toBe(pages.length);
    }
  });

  it('differ where the branch files differ: questions, own slide, hidden closing, theme colour', async () => {
    const collegeText = pdfs.get('college/slides')!.text;
    const companyText = pdfs.get('company/slides')!.text;
    for (const question of company.discussion!) expect(companyText).toContain(withoutWhitespace(question));
    expect(collegeText).not.toContain(withoutWhitespace(company.discussion![0]!));
    expect(companyText).toContain('我们支部的行动');
    expect(collegeText).not.toContain('我们支部的行动');
    expect(pdfs.get('college/slides')!.pages.at(-1)!.text).toContain('谢谢');
    expect(companyText).not.toContain('谢谢');
    // Formal: the red top band; light with the company's accent: teal, no red.
    const red = (r: number, g: number, b: number) => r > 150 && g < 60 && b < 60;
    const teal = (r: number, g: number, b: number) => r < 60 && g > 90 && g < 130 && b > 120 && b < 160;
    const collegeCover = await renderPage(files('college', college.shortName).slides, 1);
    const companyCover = await renderPage(files('company', company.shortName).slides, 1);
    expect(pixelShare(collegeCover, red)).toBeGreaterThan(0.01);
    expect(pixelShare(companyCover, red)).toBe(0);
    expect(pixelShare(companyCover, teal)).toBeGreaterThan(0.01);
  });

  it('prints the branch and meeting date in the handout header, and fills the sign-in sheet and record', () => {
    expect(pdfs.get('company/handout')!.pages[0]!.text).toContain(`${company.name}2026年12月10日`);
    expect(pdfs.get('college/handout')!.pages[0]!.text).toContain(`${college.name}2026年12月8日`);
    const signin = pdfs.get('company/signin')!.text;
    for (const name of company.attendees as string[]) expect(signin).toContain(name);
    expect(signin).toContain(`应到${(company.attendees as string[]).length}人`);
    const collegeSignin = pdfs.get('college/signin')!;
    expect(collegeSignin.text).toContain(`${college.attendees}`);
    expect(collegeSignin.pages.at(-1)!.text).toContain('签名');
    const record = pdfs.get('college/record')!.text;
    for (const part of ['学习记录', '张晓雨', '李明哲', `应到${college.attendees}人`, '一、深入学习领会讲话精神实质', '交流研讨情况']) expect(record).toContain(part);
    expect(pdfs.get('college/record')!.info).toMatchObject({ Author: college.name, Subject: noticeTitle });
  });
});

describe('the example branches in a browser', () => {
  // In reveal's print view: every slide is measured at once and every font the deck uses is requested.
  it.each(['college', 'company'])('%s: overflows no slide and works offline (the company with its logo)', async (id) => {
    const opened = await openPrintView(browser, path.join(out, id, 'index.html'), size);
    try {
      expect(await sectionCount(opened.page)).toBe(outcomes.find((outcome) => outcome.id === id)!.slides);
      expect(opened.requests.some((url) => url.startsWith('data:font/woff2'))).toBe(true);
      expect(await findOverflow(opened.page, size)).toEqual([]);
      expect(onlineRequests(opened.requests)).toEqual([]);
      expect(opened.failedRequests).toEqual([]);
      expect(opened.errors).toEqual([]);
      if (id === 'company') expect(opened.requests.some((url) => url.endsWith('/media/company-logo.svg'))).toBe(true);
    } finally {
      await opened.page.close();
    }
  });
});

// The decks the batch published, exported as pptx does: no need to build them again for it.
describe('the example branches as .pptx', () => {
  it.each(['college', 'company'])('%s: has its slides, its logo as a picture PowerPoint shows, and nothing PowerPoint would repair', async (id) => {
    const file = path.join(out, `${id}.pptx`);
    await exportDeckPptx(browser, path.join(out, id, 'index.html'), file, size);
    const slides = await readPptx(file);
    expect(slides.length).toBe(outcomes.find((outcome) => outcome.id === id)!.slides);
    // The company's logo is an SVG: the package checks see whether every picture is the PNG its name says.
    expect(slides.some((slide) => slide.pictures.length > 0)).toBe(true);
    expect(await pptxPackageProblems(new Uint8Array(await readFile(file)))).toEqual([]);
  });
});
