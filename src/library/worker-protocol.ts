import type { IndexProgress } from './progress.ts';

/** What the build worker is asked to do (its `workerData`). */
export interface BuildJob {
  /** Corpus folder. */
  dir: string;
  /** Cache file to write after the build; none disables writing. */
  cacheFile: string | undefined;
}

/**
 * Messages from the worker: any number of `progress`/`log`, then `done` (or `failed` at any point). The result
 * travels as one transferred buffer in the cache file's layout rather than as cloned objects: Node delivers
 * queued messages in one go and clones them on the receiving thread, so 100k passages as objects would block the
 * main thread for about a second, while chunked JSON can be parsed a slice at a time — and a build and a warm
 * start then restore through the same code.
 */
export type WorkerMessage =
  | { type: 'progress'; progress: IndexProgress }
  | { type: 'log'; level: 'info' | 'warn'; message: string }
  | {
      type: 'done';
      /** Absolute corpus folder and hash of what was read (the files may have changed since the main thread looked). */
      dir: string;
      hash: string;
      /** The cache file's bytes (header + serialised corpus and index). */
      snapshot: ArrayBuffer;
      /** The worker's ANALYSIS_VERSION: differs from the main thread's only if the code changed on disk. */
      analysisVersion: string;
    }
  /** `name` is the error's class name, so a CorpusError can be rebuilt as one on the main thread. */
  | { type: 'failed'; name: string; message: string };
