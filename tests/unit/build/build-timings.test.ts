import { expect, it } from 'vitest';
import { stageTimings, timedCpu } from '../../../src/lib/build-timings.ts';

it('timedCpu counts the CPU a stage used, not the time it spent waiting', () => {
  const waited = 'test: waiting';
  const worked = 'test: working';
  timedCpu(waited, () => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 300));
  let sum = 0;
  const result = timedCpu(worked, () => {
    for (let i = 0; i < 2_000_000; i += 1) sum += Math.sqrt(i);
    return sum;
  });
  expect(result).toBe(sum);
  // A 300 ms wait uses next to no CPU, however busy the machine; the loop uses some.
  expect(stageTimings()[waited]).toBeLessThan(100);
  expect(stageTimings()[worked]).toBeGreaterThan(0);
});
