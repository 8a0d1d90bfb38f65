import { rm } from 'node:fs/promises';
import type { Corpus } from '../src/corpus/types.ts';
import type { BenchEngine, EngineIndex } from './engine.ts';
import { percentile, retainedHeap, timed, timedAsync } from './stats.ts';

/** What one engine did on one corpus size. Times in ms, sizes in bytes. */
export interface EngineFigures {
  buildMs: number;
  /** Whole heap after GC with the corpus and this engine's index alive (the "heap used"). */
  heapBytes: number;
  /** The part of {@link heapBytes} the index adds on top of the loaded corpus. */
  indexHeapBytes: number;
  diskBytes: number;
  loadMs: number;
  p50: number;
  p99: number;
  samples: number;
}

/** How hard to press: full query rounds over the question set, stopping early once the budget is spent. */
export interface QueryPlan {
  questions: readonly string[];
  rounds: number;
  budgetMs: number;
}

/** Times every question, `plan.rounds` times (at least once each), after warming the JIT on a few of them. */
function timeQueries(index: EngineIndex, plan: QueryPlan): number[] {
  for (const question of plan.questions.slice(0, 3)) index.search(question);
  const samples: number[] = [];
  const started = performance.now();
  for (let round = 0; round < plan.rounds; round++) {
    if (round > 0 && performance.now() - started > plan.budgetMs) break;
    for (const question of plan.questions) samples.push(timed(() => index.search(question)).ms);
  }
  return samples;
}

/** Builds and persists; the index goes out of scope on return, so it is never alive next to the loaded copy. */
async function buildAndSave(
  engine: BenchEngine,
  corpus: Corpus,
  file: string,
): Promise<Pick<EngineFigures, 'buildMs' | 'heapBytes' | 'indexHeapBytes' | 'diskBytes'>> {
  const baseHeap = retainedHeap();
  const built = timed(() => engine.build(corpus));
  const heapBytes = retainedHeap();
  const diskBytes = await built.value.save(file);
  return { buildMs: built.ms, heapBytes, indexHeapBytes: heapBytes - baseHeap, diskBytes };
}

/**
 * Builds, weighs, persists, reloads and queries one engine over `corpus`. Only one engine's index is alive at
 * a time, so the heap figure is that engine's alone; queries run on the loaded copy, as after a warm start.
 */
export async function measureEngine(
  engine: BenchEngine,
  corpus: Corpus,
  file: string,
  plan: QueryPlan,
): Promise<EngineFigures> {
  const built = await buildAndSave(engine, corpus, file);
  retainedHeap();
  const loaded = await timedAsync(() => engine.load(file, corpus));
  const samples = timeQueries(loaded.value, plan);
  await rm(file, { force: true });
  return {
    ...built,
    loadMs: loaded.ms,
    p50: percentile(samples, 50),
    p99: percentile(samples, 99),
    samples: samples.length,
  };
}
