/**
 * `Promise.all(items.map(fn))` with at most `limit` calls of `fn` running at once. When a call
 * fails no new one starts, and the promise rejects only once the calls under way have settled: a
 * caller that holds a lock (publish) must not release it while a write of its own is still going.
 */
export async function mapConcurrently<T, R>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < items.length) {
      const index = next++;
      try {
        results[index] = await fn(items[index]!, index);
      } catch (error) {
        failed = true;
        throw error;
      }
    }
  };
  const settled = await Promise.allSettled(Array.from({ length: Math.min(limit, items.length) }, worker));
  const failure = settled.find((outcome) => outcome.status === 'rejected');
  if (failure) throw failure.reason;
  return results;
}

/**
 * File reads and writes to have under way at once: a deck is ~60 small files, each a few system
 * calls that mostly wait on the disk; one at a time, a build spent a third of its time waiting.
 */
export const parallelFiles = 8;
