import type { Logger } from 'pino';

/**
 * How far building a snapshot has got, for logs and the CLI. Reading comes first (files → passages), then
 * indexing (passages into the search index).
 *
 * @example { stage: 'indexing', documents: 1862, passages: 40000, totalPassages: 99950, elapsedMs: 12500 }
 */
export interface IndexProgress {
  stage: 'reading' | 'indexing';
  /** Documents read so far (reading), or in the corpus (indexing). */
  documents: number;
  /** Passages found so far (reading), or indexed so far (indexing). */
  passages: number;
  /** Passages to index: known once reading is done. */
  totalPassages?: number;
  /** Since the build started. */
  elapsedMs: number;
}

/** Below this, progress lines are noise: small corpora build in well under a second. */
const LOG_EVERY_MS = 2000;

/**
 * A progress sink that logs at most every {@link LOG_EVERY_MS} (a 100k-passage build would otherwise log
 * hundreds of lines) and forwards every update to `onProgress`.
 */
export function progressReporter(
  logger: Logger,
  onProgress?: (progress: IndexProgress) => void,
): (progress: IndexProgress) => void {
  let lastLogged = 0;
  return (progress) => {
    onProgress?.(progress);
    if (progress.elapsedMs - lastLogged < LOG_EVERY_MS) return;
    lastLogged = progress.elapsedMs;
    logger.info(progress, progress.stage === 'reading' ? 'reading corpus' : 'indexing corpus');
  };
}
