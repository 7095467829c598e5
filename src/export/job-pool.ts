/**
 * Many jobs, one browser, a bounded pool of pages: what a batch of decks (`pdf a b c`) and a batch
 * of branches (`--all-branches`) both run on. A job that fails is reported in its outcome; the
 * others still run.
 */
import os from 'node:os';
import type { Browser, Page } from 'puppeteer';

/** What a job gets from its worker: the shared browser and the worker's own page. */
export interface PoolWorker {
  browser(): Promise<Browser>;
  /**
   * The worker's page, kept from job to job (a new page costs a renderer and a cold start). It is a
   * window of its own in the browser's own context, as the print set's pages are (src/print/chromium.ts):
   * Chromium hides all but the front tab of a window, and reveal.js lays out for print in animation
   * frames, which a hidden tab does not get. A browser context of its own would cost a storage
   * partition, and on a busy machine its pages missed reveal's print-layout deadline.
   */
  page(): Promise<Page>;
}

export interface Job<R extends object> {
  /** How the job is named in progress lines and the summary. */
  id: string;
  run(worker: PoolWorker): Promise<R>;
}

/** What a job did (its result's fields), or what went wrong (a user error or a bug), and how long it took. */
export type JobOutcome<R extends object> = { id: string; ms: number; error?: unknown } & Partial<R>;

export interface PoolOptions<R extends object> {
  /** Jobs run at once, each worker with at most one page. */
  jobs: number;
  /** The shared browser, or its launch under way; the pool uses it and leaves it running. Omit it when no job needs one. */
  browser?: Promise<Browser>;
  /** The jobs are known and the work begins. */
  onStart?: (total: number) => void;
  /** A job has finished, well or not; `done` of `total`. */
  onOutcome?: (outcome: JobOutcome<R>, done: number, total: number) => void;
}

/**
 * Two jobs per core: a job waits on Chromium (page load, reveal's print layout in animation frames,
 * the print) about half its time, so one per core leaves the cores half idle. Each job holds a page.
 */
export function defaultJobs(): number {
  return Math.max(1, Math.min(8, 2 * os.availableParallelism()));
}

/**
 * Runs the jobs, at most `options.jobs` at a time, and returns their outcomes in the jobs' order.
 * A browser that does not start is no job's fault: the pool stops and rejects with its error.
 */
export async function runJobs<R extends object>(jobs: readonly Job<R>[], options: PoolOptions<R>): Promise<JobOutcome<R>[]> {
  const outcomes = new Array<JobOutcome<R>>(jobs.length);
  let next = 0;
  let done = 0;
  let launchFailure: { error: unknown } | undefined;
  options.browser?.catch((error: unknown) => {
    launchFailure = { error };
  });
  // Read through a call: the failure arrives while jobs await, which the compiler's narrowing cannot see.
  const failedLaunch = () => launchFailure;
  options.onStart?.(jobs.length);
  const browser = () => options.browser ?? Promise.reject(new Error('runJobs: a job asked for a browser, but none was given'));
  const worker = async () => {
    let page: Page | undefined;
    const pool: PoolWorker = {
      browser,
      page: async () => (page ??= await (await browser()).newPage({ type: 'window' })),
    };
    try {
      while (next < jobs.length && !failedLaunch()) {
        const index = next++;
        const job = jobs[index]!;
        const start = performance.now();
        let outcome: JobOutcome<R>;
        try {
          outcome = { ...(await job.run(pool)), id: job.id, ms: 0 };
        } catch (error) {
          if (failedLaunch()?.error === error) break;
          outcome = { id: job.id, ms: 0, error } as JobOutcome<R>;
          // The page may be what failed; the next job gets a fresh one.
          await page?.close().catch(() => {});
          page = undefined;
        }
        outcome.ms = performance.now() - start;
        outcomes[index] = outcome;
        done++;
        options.onOutcome?.(outcome, done, jobs.length);
      }
    } finally {
      await page?.close().catch(() => {});
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.jobs, jobs.length) }, worker));
  // Jobs left undone: the browser did not start.
  if (done < jobs.length) throw failedLaunch()!.error;
  return outcomes;
}
