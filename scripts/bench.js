// npm run bench: how long the sample deck takes to build and export, as medians of several runs:
// first the commands as a user runs them, paired with marp-cli (scripts/bench/cli-figures.js;
// BENCH_MARP=off skips marp), then the library in this process. Uses the compiled code in lib/
// and bin/ (npm run compile). Not a test: numbers depend on the machine.
import { readFileSync } from 'node:fs';
import { copyFile, cp, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDeck } from '../lib/build/build-deck.js';
import { buildAllBranches, defaultJobs } from '../lib/branch/batch.js';
import { launchBrowser } from '../lib/export/browser.js';
import { exportDeckPdf } from '../lib/export/pdf.js';
import { printHandout } from '../lib/print/handout.js';
import { printOriginal } from '../lib/print/original.js';
import { serveDeck } from '../lib/serve/deck-server.js';
import { benchCliFigures } from './bench/cli-figures.js';

const deck = 'decks/zqf-2016-9';
const runs = Number(process.env.BENCH_RUNS ?? 5);
const scratch = await mkdtemp(path.join(os.tmpdir(), 'notice-deck-bench-'));
const outDir = path.join(scratch, 'out');

async function measure(label, prepare, work) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    await prepare?.(i);
    const start = performance.now();
    await work(i);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`${label.padEnd(36)} median ${median.toFixed(0).padStart(6)} ms   (min ${times[0].toFixed(0)}, max ${times.at(-1).toFixed(0)}, ${runs} runs)`);
}

try {
  await benchCliFigures(deck, scratch, runs);
  console.log('in this process:');
  await measure('build, cold font cache', undefined, (i) => buildDeck(deck, { outDir, fontCacheDir: path.join(scratch, `cold-${i}`) }));
  const warmCache = path.join(scratch, 'warm');
  await buildDeck(deck, { outDir, fontCacheDir: warmCache });
  let built;
  await measure('build, warm font cache', undefined, async () => {
    built = await buildDeck(deck, { outDir, fontCacheDir: warmCache });
  });
  let chromiumPeak = 0;
  await measure('pdf export incl. browser start', undefined, async () => {
    const browser = await launchBrowser();
    try {
      await exportDeckPdf(browser, built.htmlPath, path.join(outDir, 'bench.pdf'), built.size, built.slideCount);
      chromiumPeak = Math.max(chromiumPeak, await peakMemoryOfTree(browser.process()?.pid));
    } finally {
      await browser.close();
    }
  });
  // Print documents with a browser already running: the work a command does besides starting Chromium.
  const browser = await launchBrowser();
  try {
    await measure('handout, 3 per page (warm browser)', undefined, () => printHandout(deck, { outDir, fontCacheDir: warmCache, browser }));
    await measure('original (warm browser)', undefined, () => printOriginal(deck, { outDir, fontCacheDir: warmCache, browser }));
  } finally {
    await browser.close();
  }
  await measureLivePreview();
  await benchBranches();
  console.log(`${built.slideCount} slides; peak memory: this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB, Chromium during PDF export (sum of its processes' peaks, shared pages counted in each) ${chromiumPeak ? `${chromiumPeak.toFixed(0)} MiB` : 'not measurable here'}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
}

/**
 * One notice, many branches: 30 generated branch files built with --all-branches (HTML and PDF,
 * one browser). Time per branch beyond the first is (30 branches − 1 branch) / 29, medians of
 * BRANCH_RUNS runs; memory is sampled after every branch, to see that it does not grow.
 */
async function benchBranches() {
  const count = 30;
  const branchRuns = Number(process.env.BRANCH_RUNS ?? 3);
  const manyDeck = path.join(scratch, 'many');
  const oneDeck = path.join(scratch, 'one');
  for (const [dir, n] of [[manyDeck, count], [oneDeck, 1]]) {
    await mkdir(path.join(dir, 'branches'), { recursive: true });
    await copyFile(path.join(deck, 'notice.md'), path.join(dir, 'notice.md'));
    for (let i = 1; i <= n; i++) await writeFile(path.join(dir, 'branches', `b${String(i).padStart(2, '0')}.yaml`), generatedBranch(i));
  }
  const fontCacheDir = path.join(scratch, 'branch-fonts');
  const browser = await launchBrowser();
  const pid = browser.process()?.pid;
  try {
    const run = async (dir, samples) => {
      const start = performance.now();
      const outcomes = await buildAllBranches(dir, dir, {
        jobs: defaultJobs(), pdf: true, printSet: false, zip: false, fontCacheDir, browser, outDir: path.join(scratch, 'branches-out'),
        onOutcome: () => samples?.push({ node: process.memoryUsage().rss / 2 ** 20, chromium: currentMemoryOfTree(pid) }),
      });
      const failed = outcomes.filter((outcome) => outcome.error);
      if (failed.length > 0) throw failed[0].error;
      return performance.now() - start;
    };
    await run(oneDeck); // warms the font cache for the notice's own text
    const totals = [];
    const singles = [];
    let samples = [];
    for (let i = 0; i < branchRuns; i++) {
      singles.push(await run(oneDeck));
      samples = [];
      totals.push(await run(manyDeck, samples));
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const perBranch = (median(totals) - median(singles)) / (count - 1);
    const mean = (values) => values.reduce((a, b) => a + b, 0) / values.length;
    const first = samples.slice(0, 5);
    const last = samples.slice(-5);
    console.log(`${count} branches, HTML + PDF, one browser: total median ${(median(totals) / 1000).toFixed(2)} s (${totals.map((t) => (t / 1000).toFixed(1)).join(', ')}); one branch ${(median(singles) / 1000).toFixed(2)} s`);
    console.log(`time per branch beyond the first: ${(perBranch / 1000).toFixed(3)} s (target < 0.4 s)`);
    const peak = Math.max(...samples.map((sample) => sample.chromium));
    console.log(`memory after branches 1–5 → 26–30 (last run): this process ${mean(first.map((s) => s.node)).toFixed(0)} → ${mean(last.map((s) => s.node)).toFixed(0)} MiB, Chromium ${mean(first.map((s) => s.chromium)).toFixed(0)} → ${mean(last.map((s) => s.chromium)).toFixed(0)} MiB (sum over its processes, shared pages counted in each; highest after any branch ${peak.toFixed(0)} MiB)`);
  } finally {
    await browser.close();
  }
}

function generatedBranch(i) {
  const light = i % 2 === 0;
  return [
    `name: 第${i}团支部`,
    `shortName: 支部${i}`,
    `meetingTitle: 主题团日活动：第${i}次学习`,
    `date: 2026-12-${String((i % 28) + 1).padStart(2, '0')}`,
    'time: 19:00—20:30',
    `place: 教学楼${100 + i}`,
    `host: 主持人${i}`,
    `presenter: 领学人${i}`,
    `attendees: ${20 + i}`,
    `theme: ${light ? 'light' : 'formal'}`,
    'agendaBefore: [重温入团誓词]',
    ...(light ? ['discussion:', `  - 第${i}支部怎样把讲话精神落到实处？`] : []),
    '',
  ].join('\n');
}

/** Sum of the current resident memory (VmRSS) of a process and its descendants, in MiB; Linux only, else 0. */
function currentMemoryOfTree(pid) {
  if (!pid) return 0;
  const read = (file) => {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      return '';
    }
  };
  const own = Number(/VmRSS:\s+(\d+)/.exec(read(`/proc/${pid}/status`))?.[1] ?? 0) / 1024;
  const children = read(`/proc/${pid}/task/${pid}/children`).split(/\s+/).filter(Boolean);
  return children.reduce((total, child) => total + currentMemoryOfTree(Number(child)), own);
}

/**
 * notice-deck serve: from saving notice.md to the open page showing the edited slide, repainted.
 * The edit toggles a word on slide 3, as someone correcting a sentence would.
 */
async function measureLivePreview() {
  const copy = path.join(scratch, 'live', path.basename(deck));
  await cp(deck, copy, { recursive: true });
  const notice = path.join(copy, 'notice.md');
  const original = await readFile(notice, 'utf8');
  const versions = ['并发表重要讲话', '并发表了重要讲话'];
  const preview = await serveDeck(copy, { host: '127.0.0.1', port: 0, log: () => {}, describe: String });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 720 });
    await page.goto(`${preview.url}#/2`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.Reveal?.isReady());
    const shown = (text) =>
      page.waitForFunction(
        (text) => window.Reveal?.isReady() && document.querySelector('.slides > section.present')?.textContent.includes(text),
        { polling: 'raf', timeout: 30_000 },
        text,
      );
    await measure('serve: edit → repainted slide', undefined, async (i) => {
      const next = versions[(i + 1) % 2];
      await writeFile(notice, original.replace(versions[0], next));
      await shown(next);
      // Two frames: the one that lays the new text out, the one that paints it.
      await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    });
  } finally {
    await browser.close();
    await preview.close();
  }
}

/** Sum of the peak resident memory (VmHWM) of a process and its descendants, in MiB; Linux only, else 0. */
async function peakMemoryOfTree(pid) {
  if (!pid) return 0;
  const { readFile } = await import('node:fs/promises');
  const read = (file) => readFile(file, 'utf8').catch(() => '');
  const status = await read(`/proc/${pid}/status`);
  const own = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
  const children = (await read(`/proc/${pid}/task/${pid}/children`)).split(/\s+/).filter(Boolean);
  let total = own;
  for (const child of children) total += await peakMemoryOfTree(Number(child));
  return total;
}
