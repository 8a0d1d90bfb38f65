import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * A full garbage collection, so heap figures are what is really retained rather than what the collector has
 * not reached yet. `npm run bench` runs plain `tsx`, so `gc` is exposed here instead of through a node flag.
 */
export const collectGarbage: () => void = (() => {
  setFlagsFromString('--expose-gc');
  const gc = runInNewContext('gc') as () => void;
  // Twice: the first pass can leave objects that only a second pass finds unreachable (weak refs, finalisers).
  return () => {
    gc();
    gc();
  };
})();

/** Heap in use after a full collection, in bytes. */
export function retainedHeap(): number {
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/** Runs `fn` and returns its result with the wall time it took in milliseconds. */
export function timed<T>(fn: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = fn();
  return { value, ms: performance.now() - start };
}

/** Like {@link timed} for async work. */
export async function timedAsync<T>(fn: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await fn();
  return { value, ms: performance.now() - start };
}

/**
 * Nearest-rank percentile of `samples` (`p` in 0–100); NaN when there are none.
 *
 * @example percentile([5, 1, 3], 50) // 3
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number;
}
