import type { Corpus } from '../corpus/types.ts';
import { ANALYSIS_VERSION, type SearchIndex } from '../search/search-index.ts';
import type { CacheRead } from './cache.ts';
import { progressReporter } from './progress.ts';
import type { LibraryOptions } from './library.ts';
import { runBuildWorker, type WorkerResult } from './worker-client.ts';

/** A complete, searchable corpus: what every question is answered from. Never half-built. */
export interface LibrarySnapshot {
  corpus: Corpus;
  index: SearchIndex;
  builtAt: Date;
  /** Wall time to read the corpus and build (or load from cache) its index. */
  buildMs: number;
  /** Whether the index came from the on-disk cache rather than a fresh build. */
  fromCache: boolean;
}

/** Turns a cache file's bytes into an index for `corpus`: at once (start-up) or in slices (reload). */
export type Deserialise = (bytes: Buffer, corpus: Corpus) => Promise<CacheRead>;

/** Where a snapshot comes from. */
export interface SnapshotSource {
  dir: string;
  cacheFile: string;
  options: LibraryOptions;
}

function runWorker({ dir, cacheFile, options }: SnapshotSource, useCache: boolean): Promise<WorkerResult> {
  return runBuildWorker(
    { dir, cacheFile, useCache },
    {
      onProgress: progressReporter(options.logger, options.onProgress),
      onLog: (level, message) => options.logger[level](message),
    },
  );
}

/**
 * Builds a new snapshot: a worker reads the corpus and builds its index (or reuses the cache); this thread only
 * deserialises. A cache whose body turns out damaged is rebuilt, never served.
 *
 * @throws CorpusError when the corpus is unusable; Error when the build fails otherwise.
 */
export async function loadSnapshot(
  source: SnapshotSource,
  deserialise: Deserialise,
): Promise<LibrarySnapshot> {
  const started = performance.now();
  let result = await runWorker(source, true);
  if (result.analysisVersion !== ANALYSIS_VERSION) {
    throw new Error(
      `library: the search code changed on disk since start (index ${result.analysisVersion}, running ` +
        `${ANALYSIS_VERSION}): restart the bot to load it`,
    );
  }
  let read = await deserialise(result.indexBytes, result.corpus);
  if (read.status !== 'hit' && result.fromCache) {
    // The header matched but the body did not restore: rebuild, which also rewrites the file.
    source.options.logger.warn(
      { cacheFile: source.cacheFile, reason: read.reason },
      'index cache is corrupt; rebuilding',
    );
    result = await runWorker(source, false);
    read = await deserialise(result.indexBytes, result.corpus);
  }
  if (read.status !== 'hit')
    throw new Error(`library: the freshly built index did not restore (${read.reason})`);
  return {
    corpus: result.corpus,
    index: read.index,
    builtAt: new Date(),
    buildMs: Math.round(performance.now() - started),
    fromCache: result.fromCache,
  };
}
