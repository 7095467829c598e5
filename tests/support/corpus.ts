/**
 * End to end on the corpus (tests/fixtures/notices): every notice is imported from its raw text as
 * a user pastes it, built at 16:9 and 4:3 in the default theme, and checked by src/check in
 * Chromium without Chinese system fonts, in reveal's print view (all slides laid out at once, as
 * `pdf` checks and prints them). The numbers are issue 8's. Checks that fail today are
 * listed, per fixture and size, in known-failures.json: such a test is expected to fail (it.fails),
 * so fixing one makes it fail until its entry is removed. Prints the table of numbers per notice.
 * The corpus is split into test files of about equal text (corpus-*.browser.test.ts), so that the
 * two test workers share it instead of one of them waiting for it at the end of a run.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'puppeteer';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/build/build-deck.js';
import { checkDeck } from '../../src/check/check-deck.js';
import type { CheckKind, Finding } from '../../src/check/finding.js';
import { loadPrintView } from '../../src/check/page.js';
import { importNoticeText } from '../../src/import/import-notice.js';
import { slideSizes } from '../../src/render/slide-size.js';
import { bodyLines, bodyPieces, coverage, type BodyRange, type Coverage } from './body-text.js';
import { testBrowser } from './browser.js';
import { deckText } from './deck-checks.js';

const fixtures = path.resolve('tests/fixtures/notices');
const allIds = readdirSync(fixtures)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => file.slice(0, -'.txt'.length))
  .sort();
const bodyRanges = JSON.parse(readFileSync(path.join(fixtures, 'expectations.json'), 'utf8')) as Record<string, BodyRange[]>;
type Size = keyof typeof slideSizes;
const sizes: Size[] = ['16:9', '4:3'];
type Metric = 'build' | 'overflow' | 'line-break' | 'placeholder' | 'orphan' | 'sparse' | 'font' | 'body';
const knownFailures = JSON.parse(readFileSync(path.join(fixtures, 'known-failures.json'), 'utf8')) as Record<string, Partial<Record<Size, Metric[]>>>;

interface Result {
  error?: string;
  slides: number;
  findings: Finding[];
  body: Coverage;
  warnings: string[];
}

/**
 * Fixtures checked at once: while one is measured in Chromium, the other builds. Two per file, as
 * two corpus files run at once on two cores: more only adds windows competing for the same cores.
 */
const concurrency = 2;

const rawText = (id: string) => readFileSync(path.join(fixtures, `${id}.txt`), 'utf8');

/**
 * What a fixture costs besides its text, in characters of text that cost as much: its two page
 * loads and font subsets. Fitted to the two files' times (a fixture ≈ 1000 characters; measured).
 */
const fixtureCost = 1000;

/**
 * The fixtures of part `part` (1-based) of `parts`: longest first, each to the part with the least
 * work so far (text plus fixtureCost each), so the parts take about as long. New fixtures join a
 * part by themselves.
 */
export function corpusPart(part: number, parts: number): string[] {
  const load = Array.from({ length: parts }, () => ({ work: 0, ids: [] as string[] }));
  for (const [id, length] of allIds.map((id) => [id, rawText(id).length] as const).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))) {
    const lightest = load.reduce((low, one) => (one.work < low.work ? one : low));
    lightest.work += length + fixtureCost;
    lightest.ids.push(id);
  }
  return load[part - 1]!.ids.sort();
}

/** Defines the corpus tests of the fixtures `ids`: each fixture and size checked once, in beforeAll. */
export function corpusTests(ids: readonly string[]): void {
  const results = new Map<string, Result>();
  let tmp: string;
  let browser: Browser;

  beforeAll(async () => {
    tmp = await mkdtemp(path.join(os.tmpdir(), 'corpus-'));
    // Nothing here listens to requests: a broken picture shows as a check finding.
    browser = await testBrowser({ trackRequests: false });
    // Longest first, so that no worker starts a long notice while the others finish.
    const queue = [...ids].sort((a, b) => rawText(b).length - rawText(a).length);
    const done = new Map<string, Result>();
    // One page per worker, reused deck after deck (a new page costs a window); both sizes of a
    // fixture one after the other, so the second build finds the fonts the first subset in the cache.
    const worker = async () => {
      let page = await browser.newPage();
      try {
        for (let id = queue.shift(); id; id = queue.shift()) {
          for (const size of sizes) {
            const result = await run(page, tmp, id, size);
            done.set(`${id} ${size}`, result);
            // A page that failed may be left in any state: the next deck gets a fresh one.
            if (result.error) await page.close().then(async () => (page = await browser.newPage()));
          }
        }
      } finally {
        await page.close();
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    // In the fixtures' order, for the table.
    for (const id of ids) for (const size of sizes) results.set(`${id} ${size}`, done.get(`${id} ${size}`)!);
  }, 900_000);

  afterAll(async () => {
    printTable(results);
    await browser?.disconnect();
    if (tmp) await rm(tmp, { recursive: true, force: true });
  });

  for (const id of ids) {
    describe(`corpus: ${id}`, () => {
      for (const size of sizes) {
        for (const [metric, assert] of Object.entries(metrics) as [Metric, (result: Result) => void][]) {
          const known = knownFailures[id]?.[size]?.includes(metric) ?? false;
          (known ? it.fails : it)(`${size}: ${metric}${known ? '（已知问题，见 known-failures.json）' : ''}`, () => {
            assert(results.get(`${id} ${size}`)!);
          });
        }
      }
    });
  }
}

/** Imports, builds and checks one fixture at one size, in `page`. */
async function run(page: Page, tmp: string, id: string, size: Size): Promise<Result> {
  const raw = rawText(id);
  const pieces = bodyPieces(bodyLines(raw, bodyRanges[id] ?? []));
  const warnings: string[] = [];
  try {
    const imported = importNoticeText(raw, `${id}.txt`);
    warnings.push(...imported.warnings);
    const folder = path.join(tmp, 'decks', size.replace(':', 'x'), id);
    await mkdir(folder, { recursive: true });
    await writeFile(path.join(folder, 'notice.md'), imported.markdown);
    const built = await buildDeck(folder, { outDir: path.join(tmp, 'out', id, size.replace(':', 'x')), size: slideSizes[size], warn: (message) => warnings.push(message) });
    // reveal's print view: every slide laid out at once, checked in a few round trips.
    await loadPrintView(page, built.htmlPath, built.size);
    const findings = await checkDeck(page, built.size);
    const { slides } = await deckText(page);
    const deck = slides.map((slide) => `${slide.notes ?? ''}${slide.text}`).join('\n');
    return { slides: built.slideCount, findings, body: coverage(pieces, deck), warnings };
  } catch (error) {
    return { error: String(error), slides: 0, findings: [], body: coverage(pieces, ''), warnings };
  }
}

const count = (result: Result, kind: CheckKind) => result.findings.filter((one) => one.kind === kind).length;
const slidesWith = (result: Result, kind: CheckKind) => new Set(result.findings.filter((one) => one.kind === kind).map((one) => one.slide)).size;
const listed = (result: Result, kind: CheckKind) =>
  result.findings.filter((one) => one.kind === kind).map((one) => `第 ${one.slide} 张：${one.message}`);

/** Each metric: what the issue asks, with the findings as the failure message. */
const metrics: Record<Metric, (result: Result) => void> = {
  build: (result) => expect(result.error).toBeUndefined(),
  overflow: (result) => expect(listed(result, 'overflow')).toEqual([]),
  'line-break': (result) => expect(listed(result, 'line-break')).toEqual([]),
  placeholder: (result) => expect(listed(result, 'placeholder')).toEqual([]),
  orphan: (result) => expect(listed(result, 'orphan')).toEqual([]),
  font: (result) => expect(listed(result, 'font')).toEqual([]),
  sparse: (result) => expect(count(result, 'sparse'), listed(result, 'sparse').join('\n')).toBeLessThanOrEqual(1),
  body: (result) => expect(result.body.lost.slice(0, 10), `${result.body.percent}% of the body in order`).toEqual([]),
};

/** The numbers per notice and size, as a Markdown table the lead can paste into a report. */
function printTable(results: ReadonlyMap<string, Result>): void {
  const rows = [...results].map(([key, result]) =>
    [
      key,
      result.error ? `失败：${result.error.slice(0, 60)}` : String(result.slides),
      slidesWith(result, 'overflow'),
      count(result, 'line-break'),
      count(result, 'placeholder'),
      count(result, 'orphan'),
      count(result, 'sparse'),
      count(result, 'font'),
      `${result.body.percent}%`,
    ].join(' | '),
  );
  const header = ['notice size', 'slides', 'overflow slides', '禁则', 'placeholders', '孤字 (titles, cards)', 'content slides < 20 chars', 'font', 'body in order'];
  console.log(['', `| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((row) => `| ${row} |`), ''].join('\n'));
}
