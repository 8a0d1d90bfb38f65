import path from 'node:path';
import { hashCorpusFolder } from '../corpus/hash.ts';
import type { Corpus } from '../corpus/types.ts';
import { ANALYSIS_VERSION, type SearchIndex } from '../search/search-index.ts';
import { inspectCache, readCacheFile, restoreSnapshot, type CacheRead, type ParseMode } from './cache.ts';
import { progressReporter } from './progress.ts';
import type { LibraryOptions } from './library.ts';
import { runBuildWorker } from './worker-client.ts';

export type { ParseMode } from './cache.ts';

/** A complete, searchable corpus: what every question is answered from. Never half-built. */
export interface LibrarySnapshot {
  corpus: Corpus;
  index: SearchIndex;
  builtAt: Date;
  /** Wall time to read the corpus and build (or load from cache) its index. */
  buildMs: number;
  /** Whether the corpus and index came from the on-disk cache rather than a fresh build. */
  fromCache: boolean;
}

/** Where a snapshot comes from. */
export interface SnapshotSource {
  dir: string;
  cacheFile: string;
  options: LibraryOptions;
}

type Hit = Extract<CacheRead, { status: 'hit' }>;

/**
 * The snapshot from the cache file when it was built from exactly these files and restores whole; undefined,
 * with the reason logged, otherwise. The files are hashed from their bytes, without parsing, while the cache
 * file is read: both are mostly waiting on the disk.
 */
async function fromCache(source: SnapshotSource, mode: ParseMode): Promise<Hit | undefined> {
  const { logger } = source.options;
  const dir = path.resolve(source.dir);
  const [hash, cached] = await Promise.all([hashCorpusFolder(dir), readCacheFile(source.cacheFile)]);
  if (!Buffer.isBuffer(cached)) {
    logger.info(`no index cache at ${source.cacheFile} (${cached.reason}): building`);
    return undefined;
  }
  const inspected = inspectCache(cached, hash);
  if (inspected.status !== 'usable') {
    // A stale cache is the normal result of editing the corpus; only a damaged one deserves a warning.
    const level = inspected.status === 'stale' ? 'info' : 'warn';
    logger[level](`index cache ${source.cacheFile} not used: ${inspected.reason}; rebuilding`);
    return undefined;
  }
  const read = await restoreSnapshot(inspected, { dir, hash }, mode);
  if (read.status === 'hit') return read;
  logger.warn(`index cache ${source.cacheFile} not used: it is corrupt (${read.reason}); rebuilding`);
  return undefined;
}

/** Reads, parses and indexes the corpus in a worker (which also rewrites the cache), then restores its result. */
async function build(source: SnapshotSource, mode: ParseMode): Promise<Hit> {
  const { options, dir, cacheFile } = source;
  const result = await runBuildWorker(
    { dir, cacheFile },
    {
      onProgress: progressReporter(options.logger, options.onProgress),
      onLog: (level, message) => options.logger[level](message),
    },
  );
  if (result.analysisVersion !== ANALYSIS_VERSION) {
    throw new Error(
      `library: the search code changed on disk since start (index ${result.analysisVersion}, running ` +
        `${ANALYSIS_VERSION}): restart the bot to load it`,
    );
  }
  const inspected = inspectCache(result.snapshotBytes, result.hash);
  const read =
    inspected.status === 'usable'
      ? await restoreSnapshot(inspected, { dir: result.dir, hash: result.hash }, mode)
      : inspected;
  if (read.status !== 'hit')
    throw new Error(`library: the freshly built index did not restore (${read.reason})`);
  return read;
}

/**
 * Makes a new snapshot: from the cache when it matches the corpus files (restoring the parsed passages and the
 * index without parsing a document), otherwise a worker builds. A stale or damaged cache is rebuilt, never served. `mode` says how this thread parses (see
 * {@link ParseMode}).
 *
 * @throws CorpusError when the corpus is unusable; Error when the build fails otherwise.
 */
export async function loadSnapshot(source: SnapshotSource, mode: ParseMode): Promise<LibrarySnapshot> {
  const started = performance.now();
  // A helper of its own, so a stale cache file's bytes are garbage by the time a build starts.
  const warm = await fromCache(source, mode);
  const { corpus, index } = warm ?? (await build(source, mode));
  return {
    corpus,
    index,
    builtAt: new Date(),
    buildMs: Math.round(performance.now() - started),
    fromCache: warm !== undefined,
  };
}
