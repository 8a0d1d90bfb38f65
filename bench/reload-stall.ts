import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Library, ReloadReport } from '../src/library/library.ts';
import { percentile } from './stats.ts';

/** Event-loop delay on the main thread while it answers questions, in ms. */
export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
  /** Questions answered while measuring, and their own latency (they run on the same thread). */
  answered: number;
  queryP99: number;
  /**
   * Longest a question waited past its due time: a cross-check on the histogram, which can miss a stall that
   * starts before its first sample.
   */
  worstLateness: number;
}

/** How often the simulated users ask: a busy server, well above what one bot usually sees. */
const ASK_EVERY_MS = 25;

/**
 * Measures the main thread's event-loop delay while `during` runs and questions are asked every
 * {@link ASK_EVERY_MS} ms, each answered from whatever snapshot is current at that moment.
 */
async function measureWhile(
  library: Library,
  questions: readonly string[],
  during: Promise<unknown>,
): Promise<LoopDelay> {
  const histogram = monitorEventLoopDelay({ resolution: 10 });
  const latencies: number[] = [];
  let asking = true;
  let timer: NodeJS.Timeout | undefined;
  let due = performance.now();
  let worstLateness = 0;
  const ask = (): void => {
    if (!asking) return;
    const question = questions[latencies.length % questions.length] as string;
    const started = performance.now();
    worstLateness = Math.max(worstLateness, started - due);
    library.current.index.search(question);
    latencies.push(performance.now() - started);
    due = performance.now() + ASK_EVERY_MS;
    timer = setTimeout(ask, ASK_EVERY_MS);
  };
  histogram.enable();
  ask();
  try {
    await during;
  } finally {
    asking = false;
    clearTimeout(timer);
    histogram.disable();
  }
  const ms = (ns: number): number => ns / 1e6;
  return {
    p50: ms(histogram.percentile(50)),
    p99: ms(histogram.percentile(99)),
    max: ms(histogram.max),
    answered: latencies.length,
    queryP99: percentile(latencies, 99),
    worstLateness,
  };
}

/** What asking questions costs the event loop on its own, and what a reload adds on top. */
export interface ReloadStall {
  idle: LoopDelay;
  reload: LoopDelay;
  report: ReloadReport;
  reloadMs: number;
}

/**
 * Adds a document to the corpus (so the reload really rebuilds rather than reuses the cache), then measures the
 * event loop for `idleMs` of questions alone and for a whole `library.reload()` with questions.
 */
export async function measureReloadStall(
  library: Library,
  corpusDir: string,
  questions: readonly string[],
  idleMs: number,
): Promise<ReloadStall> {
  const idle = await measureWhile(library, questions, new Promise((resolve) => setTimeout(resolve, idleMs)));
  await writeFile(
    join(corpusDir, 'bench-added.md'),
    '# Added by the benchmark\n\nA new document forces a rebuild.\n',
  );
  const started = performance.now();
  const reloading = library.reload();
  const reload = await measureWhile(library, questions, reloading);
  return { idle, reload, report: await reloading, reloadMs: performance.now() - started };
}
