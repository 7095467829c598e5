/**
 * The CLI runs in-process (run-cli.ts) that have not ended yet. A run goes on after its test timed
 * out; a test file whose worker goes on to other files waits for its runs first (shared-worker.ts).
 */
const running = new Set<Promise<unknown>>();

/** `run`, counted as running until it settles. */
export function counted<T>(run: Promise<T>): Promise<T> {
  running.add(run);
  const forget = () => running.delete(run);
  run.then(forget, forget);
  return run;
}

/** Settles once every run started so far has ended, however it ended. */
export async function cliRunsEnded(): Promise<void> {
  await Promise.allSettled([...running]);
}
