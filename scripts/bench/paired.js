// Commands timed as a user runs them: each run a new process, wall-clock time until it exits.
import { spawn } from 'node:child_process';

/**
 * Runs `argv` (program first) in `cwd` and resolves to its wall-clock milliseconds, or to
 * `{ failed }` with the first line of its stderr when it exits with a non-zero code.
 */
export function timeProcess(argv, { cwd, env = process.env } = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(argv[0], argv.slice(1), { cwd, env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - start;
      resolve(code === 0 ? { ms } : { failed: stderr.trim().split('\n')[0] || `exit code ${code}` });
    });
  });
}

/**
 * Paired runs: one warm-up of each command, then `rounds` rounds that run every command once,
 * the first one first in even rounds and last in odd ones, so that a machine busy with something
 * else slows all of them alike. Resolves to each command's times in ms, or `{ failed }` from the
 * first run that failed (a command is not run again once it failed).
 */
export async function pairedRuns(rounds, commands) {
  const results = commands.map(() => ({ times: [] }));
  const runOnce = async (index, keep) => {
    if (results[index].failed) return;
    const outcome = await commands[index]();
    if (outcome.failed) results[index] = { failed: outcome.failed };
    else if (keep) results[index].times.push(outcome.ms);
  };
  for (let index = 0; index < commands.length; index++) await runOnce(index, false);
  for (let round = 0; round < rounds; round++) {
    const order = commands.map((_, index) => index);
    if (round % 2 === 1) order.reverse();
    for (const index of order) await runOnce(index, true);
  }
  return results;
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
