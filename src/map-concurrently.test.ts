import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { mapConcurrently } from './map-concurrently.js';

describe('mapConcurrently', () => {
  it('keeps the order of the items and never runs more than the limit at once', async () => {
    let running = 0;
    let most = 0;
    const results = await mapConcurrently([30, 10, 20, 5, 15], 2, async (ms, index) => {
      most = Math.max(most, ++running);
      await sleep(ms);
      running--;
      return `${index}:${ms}`;
    });
    expect(results).toEqual(['0:30', '1:10', '2:20', '3:5', '4:15']);
    expect(most).toBe(2);
  });

  it('after a failure starts nothing new and rejects only when the calls under way are done', async () => {
    const started: number[] = [];
    const finished: number[] = [];
    const outcome = mapConcurrently([0, 1, 2, 3], 2, async (item) => {
      started.push(item);
      if (item === 0) throw new Error('first fails');
      await sleep(30);
      finished.push(item);
    });
    await expect(outcome).rejects.toThrow('first fails');
    expect(started).toEqual([0, 1]);
    expect(finished).toEqual([1]);
  });
});
