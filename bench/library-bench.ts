import { rm } from 'node:fs/promises';
import { pino } from 'pino';
import { Library } from '../src/library/library.ts';
import { measureReloadStall, type LoopDelay } from './reload-stall.ts';
import { retainedHeap, timedAsync } from './stats.ts';
import { formatMB, formatMs, formatRatio } from './table.ts';

function delayLine(label: string, d: LoopDelay): string {
  return (
    `${label.padEnd(28)} p50 ${formatMs(d.p50).padStart(9)}   p99 ${formatMs(d.p99).padStart(9)}   ` +
    `max ${formatMs(d.max).padStart(9)}   (${d.answered} questions, their p99 ${formatMs(d.queryP99)}, ` +
    `worst wait ${formatMs(d.worstLateness)})`
  );
}

/**
 * The Library as the bot uses it, on the corpus in `corpusDir`: a cold start (no cache: build in a worker), a
 * warm start (from the persisted index), then the main thread's event-loop delay while questions are asked, alone
 * and during a reload.
 */
export async function measureLibrary(
  corpusDir: string,
  cacheDir: string,
  questions: readonly string[],
  idleMs: number,
): Promise<void> {
  // Errors only: progress lines, and the expected "cache not used" after the corpus changes, would clutter the table.
  const logger = pino({ level: 'error' }, pino.destination(2));
  await rm(cacheDir, { recursive: true, force: true });
  // Only the time is kept, so this library is garbage by the time the heap is weighed.
  const coldMs = (await timedAsync(() => Library.open(corpusDir, { logger, cacheDir }))).ms;
  const warm = await timedAsync(() => Library.open(corpusDir, { logger, cacheDir }));
  const passages = warm.value.current.corpus.passages.length.toLocaleString('en');
  console.log(`\n== Library on the largest corpus (${passages} passages) ==`);
  console.log(`cold start, no cache (Library.open)   ${formatMs(coldMs)}`);
  console.log(
    `warm start, from cache (Library.open) ${formatMs(warm.ms)}   ` +
      `${formatRatio(coldMs, warm.ms)} faster   (fromCache: ${warm.value.current.fromCache})`,
  );
  const stall = await measureReloadStall(warm.value, corpusDir, questions, idleMs);
  console.log('main-thread event-loop delay (monitorEventLoopDelay):');
  console.log(delayLine('  questions only', stall.idle));
  console.log(delayLine('  questions + reload', stall.reload));
  const { report } = stall;
  console.log(
    `reload: ${formatMs(stall.reloadMs)}, passages ${report.passagesBefore} → ${report.passagesAfter}, ` +
      `added ${report.added.join(', ') || 'none'}; heap with one snapshot after GC ${formatMB(retainedHeap())}`,
  );
}
