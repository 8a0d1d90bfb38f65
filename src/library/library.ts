import type { Logger } from 'pino';
import type { Corpus } from '../corpus/types.ts';
import { cacheFileFor, defaultCacheDir } from './cache.ts';
import type { IndexProgress } from './progress.ts';
import { loadSnapshot, type LibrarySnapshot, type SnapshotSource } from './snapshot.ts';

export type { IndexProgress } from './progress.ts';
export type { LibrarySnapshot } from './snapshot.ts';

/** What a reload changed, for the admin who asked for it. */
export interface ReloadReport {
  added: string[];
  removed: string[];
  changed: string[];
  passagesBefore: number;
  passagesAfter: number;
  documentsBefore: number;
  documentsAfter: number;
  buildMs: number;
}

/** Options for {@link Library.open}. */
export interface LibraryOptions {
  logger: Logger;
  /** Where the persisted index lives; default `.index-cache/` beside the corpus folder. */
  cacheDir?: string;
  /** Called as the corpus is read and indexed (also logged every few seconds), e.g. for a CLI progress line. */
  onProgress?: (progress: IndexProgress) => void;
}

function diff(before: Corpus, after: Corpus): Pick<ReloadReport, 'added' | 'removed' | 'changed'> {
  const old = new Map(before.documents.map((d) => [d.docId, d.contentHash]));
  const now = new Map(after.documents.map((d) => [d.docId, d.contentHash]));
  return {
    added: [...now.keys()].filter((id) => !old.has(id)),
    removed: [...old.keys()].filter((id) => !now.has(id)),
    changed: [...now].filter(([id, hash]) => old.has(id) && old.get(id) !== hash).map(([id]) => id),
  };
}

/**
 * Holds the live corpus and index. Reading and indexing run in a worker thread; a reload swaps the finished
 * snapshot in with one assignment, so every question is answered from a complete index (old or new) and a failed
 * reload leaves the old one serving. The index is persisted in a cache keyed by corpus content and analysis
 * version, so a restart with an unchanged corpus skips the build.
 */
export class Library {
  private snapshot: LibrarySnapshot;
  private pendingReload: Promise<ReloadReport> | undefined;

  private constructor(
    private readonly source: SnapshotSource,
    first: LibrarySnapshot,
  ) {
    this.snapshot = first;
  }

  /**
   * Reads the corpus in `dir` and loads its index from the cache, or builds it when the cache is missing, stale
   * or damaged.
   *
   * @throws CorpusError when the folder is missing or holds no usable document (the message names the path).
   * @example const library = await Library.open('seeds', { logger });
   */
  static async open(dir: string, options: LibraryOptions): Promise<Library> {
    const source = { dir, cacheFile: cacheFileFor(options.cacheDir ?? defaultCacheDir(dir), dir), options };
    // Nothing is being served yet, so the index may be parsed in one go: that is the fastest start.
    const snapshot = await loadSnapshot(source, 'blocking');
    options.logger.info(
      {
        documents: snapshot.corpus.documents.length,
        passages: snapshot.corpus.passages.length,
        buildMs: snapshot.buildMs,
        fromCache: snapshot.fromCache,
      },
      'corpus indexed',
    );
    return new Library(source, snapshot);
  }

  /** The snapshot in service now. */
  get current(): LibrarySnapshot {
    return this.snapshot;
  }

  /**
   * Re-reads the corpus off the main thread and swaps the new index in. Concurrent calls share one run.
   *
   * @throws Error naming the problem (e.g. the corpus folder is gone); the previous snapshot stays in service.
   */
  reload(): Promise<ReloadReport> {
    this.pendingReload ??= this.runReload().finally(() => {
      this.pendingReload = undefined;
    });
    return this.pendingReload;
  }

  private async runReload(): Promise<ReloadReport> {
    const before = this.snapshot;
    const { logger } = this.source.options;
    let after: LibrarySnapshot;
    try {
      // Questions keep arriving during a reload: parse the new index in slices.
      after = await loadSnapshot(this.source, 'yielding');
    } catch (error) {
      logger.warn({ err: error }, 'reload failed; the previous index stays in service');
      throw error;
    }
    this.snapshot = after;
    const report: ReloadReport = {
      ...diff(before.corpus, after.corpus),
      passagesBefore: before.corpus.passages.length,
      passagesAfter: after.corpus.passages.length,
      documentsBefore: before.corpus.documents.length,
      documentsAfter: after.corpus.documents.length,
      buildMs: after.buildMs,
    };
    logger.info({ ...report, fromCache: after.fromCache }, 'corpus reloaded');
    return report;
  }
}
