import type { Corpus, Passage } from '../corpus/types.ts';
import type { IndexProgress } from './progress.ts';

/** What the build worker is asked to do (its `workerData`). */
export interface BuildJob {
  /** Corpus folder. */
  dir: string;
  /** Cache file to reuse when it matches and to write after a build; none disables the cache. */
  cacheFile: string | undefined;
  /** False forces a rebuild, e.g. after the main thread found the cached body corrupt. */
  useCache: boolean;
}

/** The corpus without its passages: those travel separately, in batches (see {@link WorkerMessage}). */
export type CorpusHead = Omit<Corpus, 'passages'>;

/**
 * Messages from the worker, in order: any number of `progress`/`log`, then `passages` batches, then `done`
 * (or `failed` at any point). Passages come in batches because deserialising 100k of them in one message would
 * block the main thread for about half a second.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'log'; level: 'info' | 'warn'; message: string; details?: Record<string, unknown> }
  | { type: 'passages'; batch: Passage[] }
  | {
      type: 'done';
      corpus: CorpusHead;
      /** The cache file's bytes (header + serialised index), transferred rather than copied. */
      index: ArrayBuffer;
      fromCache: boolean;
      buildMs: number;
      /** The worker's ANALYSIS_VERSION: differs from the main thread's only if the code changed on disk. */
      analysisVersion: string;
    }
  /** `name` is the error's class name, so a CorpusError can be rebuilt as one on the main thread. */
  | { type: 'failed'; name: string; message: string };
