// npm run bench: how long the sample deck takes to build and export, as medians of several runs.
// Uses the compiled code in lib/ (npm run compile). Not a test: numbers depend on the machine.
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { buildDeck } from '../lib/build/build-deck.js';
import { launchBrowser } from '../lib/export/browser.js';
import { exportDeckPdf } from '../lib/export/pdf.js';
import { printHandout } from '../lib/print/handout.js';
import { printOriginal } from '../lib/print/original.js';
import { serveDeck } from '../lib/serve/deck-server.js';

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
  console.log(`${built.slideCount} slides; peak memory: this process ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB, Chromium during PDF export (sum of its processes' peaks, shared pages counted in each) ${chromiumPeak ? `${chromiumPeak.toFixed(0)} MiB` : 'not measurable here'}`);
} finally {
  await rm(scratch, { recursive: true, force: true });
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
