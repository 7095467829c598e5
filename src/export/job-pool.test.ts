import { describe, expect, it } from 'vitest';
import { UserError } from '../errors.js';
import { runJobs, type Job } from './job-pool.js';

/** A job that takes `ms`, noting how many jobs run at once, and fails when told. */
function jobs(count: number, running: { now: number; most: number }, fail = new Set<number>()): Job<{ n: number }>[] {
  return Array.from({ length: count }, (_, n) => ({
    id: `job-${n}`,
    run: async () => {
      running.most = Math.max(running.most, ++running.now);
      await new Promise((resolve) => setTimeout(resolve, 5 + ((n * 7) % 11)));
      running.now--;
      if (fail.has(n)) throw new UserError(`job-${n} 坏了`);
      return { n };
    },
  }));
}

describe('runJobs', () => {
  it('runs at most `jobs` at once and returns the outcomes in the jobs’ order, whatever order they finish in', async () => {
    const running = { now: 0, most: 0 };
    const seen: string[] = [];
    const outcomes = await runJobs(jobs(7, running), { jobs: 3, onOutcome: (outcome, done, total) => seen.push(`${done}/${total}`) });
    expect(running.most).toBe(3);
    expect(outcomes.map((outcome) => [outcome.id, outcome.n])).toEqual(Array.from({ length: 7 }, (_, n) => [`job-${n}`, n]));
    expect(seen).toEqual(['1/7', '2/7', '3/7', '4/7', '5/7', '6/7', '7/7']);
    expect(outcomes.every((outcome) => outcome.ms > 0 && outcome.error === undefined)).toBe(true);
  });

  it('reports a failed job in its outcome and runs the others', async () => {
    const outcomes = await runJobs(jobs(4, { now: 0, most: 0 }, new Set([1])), { jobs: 2 });
    expect(outcomes.map((outcome) => outcome.error === undefined)).toEqual([true, false, true, true]);
    expect(String(outcomes[1]!.error)).toContain('job-1 坏了');
  });

  it('stops and rejects with the launch error when the browser does not start', async () => {
    const launchError = new UserError('浏览器启动不了');
    const browser = Promise.reject(launchError);
    const started: string[] = [];
    const pageJobs: Job<object>[] = ['a', 'b', 'c'].map((id) => ({
      id,
      run: async (worker) => {
        started.push(id);
        await worker.page();
        return {};
      },
    }));
    await expect(runJobs(pageJobs, { jobs: 1, browser })).rejects.toBe(launchError);
    expect(started).toEqual(['a']);
  });

  it('does not mind a failed launch when no job needed the browser', async () => {
    const browser = Promise.reject(new UserError('浏览器启动不了'));
    const outcomes = await runJobs(jobs(2, { now: 0, most: 0 }, new Set([0, 1])), { jobs: 2, browser });
    expect(outcomes.map((outcome) => (outcome.error as Error).message)).toEqual(['job-0 坏了', 'job-1 坏了']);
  });
});
