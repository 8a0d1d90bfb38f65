import type { Corpus, Passage } from '../corpus/types.ts';
import { ANALYSIS_VERSION, type SearchIndex } from '../search/search-index.ts';
import { deserialiseIndex, deserialiseIndexAsync, type CacheRead } from './cache.ts';
import { fromChunkedJson, fromChunkedJsonSync } from './chunked-json.ts';
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

/**
 * How this thread turns the worker's buffers into objects: `blocking` parses in one go (fastest; for start-up,
 * when nothing is served yet), `yielding` in slices of a few ms (for a reload, while questions keep coming).
 */
export type ParseMode = 'blocking' | 'yielding';

/** The corpus and its index from a worker's result, parsed the way `mode` says. */
async function deserialise(
  result: WorkerResult,
  mode: ParseMode,
): Promise<{ corpus: Corpus; read: CacheRead }> {
  const passages = (
    mode === 'blocking'
      ? fromChunkedJsonSync(result.passageBytes)
      : await fromChunkedJson(result.passageBytes)
  ) as Passage[];
  const corpus: Corpus = { ...result.corpus, passages };
  const read =
    mode === 'blocking'
      ? deserialiseIndex(result.indexBytes, corpus)
      : await deserialiseIndexAsync(result.indexBytes, corpus);
  return { corpus, read };
}

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
export async function loadSnapshot(source: SnapshotSource, mode: ParseMode): Promise<LibrarySnapshot> {
  const started = performance.now();
  let result = await runWorker(source, true);
  if (result.analysisVersion !== ANALYSIS_VERSION) {
    throw new Error(
      `library: the search code changed on disk since start (index ${result.analysisVersion}, running ` +
        `${ANALYSIS_VERSION}): restart the bot to load it`,
    );
  }
  let { corpus, read } = await deserialise(result, mode);
  if (read.status !== 'hit' && result.fromCache) {
    // The header matched but the body did not restore: rebuild, which also rewrites the file.
    source.options.logger.warn(
      { cacheFile: source.cacheFile, reason: read.reason },
      'index cache is corrupt; rebuilding',
    );
    result = await runWorker(source, false);
    ({ corpus, read } = await deserialise(result, mode));
  }
  if (read.status !== 'hit') {
    throw new Error(`library: the freshly built index did not restore (${read.reason})`);
  }
  return {
    corpus,
    index: read.index,
    builtAt: new Date(),
    buildMs: Math.round(performance.now() - started),
    fromCache: result.fromCache,
  };
}
