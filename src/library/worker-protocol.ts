import type { Corpus } from '../corpus/types.ts';
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

/** The corpus without its passages: those travel as chunked JSON (see {@link WorkerMessage}). */
export type CorpusHead = Omit<Corpus, 'passages'>;

/**
 * Messages from the worker: any number of `progress`/`log`, then `done` (or `failed` at any point). The passages
 * and the index travel as transferred buffers of chunked JSON rather than as cloned objects: Node delivers queued
 * messages in one go and clones them on the receiving thread, so 100k passages as objects would block the main
 * thread for about a second, while chunked JSON can be parsed a slice at a time.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'log'; level: 'info' | 'warn'; message: string }
  | {
      type: 'done';
      corpus: CorpusHead;
      /** The passages as chunked JSON (src/library/chunked-json.ts). */
      passages: ArrayBuffer;
      /** The cache file's bytes (header + serialised index). */
      index: ArrayBuffer;
      fromCache: boolean;
      buildMs: number;
      /** The worker's ANALYSIS_VERSION: differs from the main thread's only if the code changed on disk. */
      analysisVersion: string;
    }
  /** `name` is the error's class name, so a CorpusError can be rebuilt as one on the main thread. */
  | { type: 'failed'; name: string; message: string };
