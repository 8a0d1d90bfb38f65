import type { Logger } from 'pino';
import { loadCorpus } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { SearchIndex } from '../search/search-index.ts';

/** A complete, searchable corpus: what every question is answered from. Never half-built. */
export interface LibrarySnapshot {
  corpus: Corpus;
  index: SearchIndex;
  builtAt: Date;
  buildMs: number;
  fromCache: boolean;
}

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
  cacheDir?: string;
}

async function buildSnapshot(dir: string, logger: Logger): Promise<LibrarySnapshot> {
  const started = performance.now();
  const corpus = await loadCorpus(dir, { onWarning: (message) => logger.warn(message) });
  const index = SearchIndex.build(corpus.passages);
  const buildMs = Math.round(performance.now() - started);
  return { corpus, index, builtAt: new Date(), buildMs, fromCache: false };
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
 * Holds the live corpus and index. A reload builds a whole new snapshot and swaps it in with one assignment, so a
 * question is always answered from a complete index (old or new), and a failed reload leaves the old one serving.
 */
export class Library {
  private snapshot: LibrarySnapshot;
  private pendingReload: Promise<ReloadReport> | undefined;

  private constructor(
    private readonly dir: string,
    private readonly logger: Logger,
    first: LibrarySnapshot,
  ) {
    this.snapshot = first;
  }

  /** Loads the corpus in `dir` and builds its index. @throws CorpusError when the folder is unusable. */
  static async open(dir: string, options: LibraryOptions): Promise<Library> {
    const snapshot = await buildSnapshot(dir, options.logger);
    options.logger.info(
      {
        documents: snapshot.corpus.documents.length,
        passages: snapshot.corpus.passages.length,
        buildMs: snapshot.buildMs,
      },
      'corpus indexed',
    );
    return new Library(dir, options.logger, snapshot);
  }

  /** The snapshot in service now. */
  get current(): LibrarySnapshot {
    return this.snapshot;
  }

  /** Re-reads the corpus and swaps the new index in. Concurrent calls share one run. @throws on a bad corpus. */
  reload(): Promise<ReloadReport> {
    this.pendingReload ??= this.runReload().finally(() => {
      this.pendingReload = undefined;
    });
    return this.pendingReload;
  }

  private async runReload(): Promise<ReloadReport> {
    const before = this.snapshot;
    const after = await buildSnapshot(this.dir, this.logger);
    this.snapshot = after;
    const report: ReloadReport = {
      ...diff(before.corpus, after.corpus),
      passagesBefore: before.corpus.passages.length,
      passagesAfter: after.corpus.passages.length,
      documentsBefore: before.corpus.documents.length,
      documentsAfter: after.corpus.documents.length,
      buildMs: after.buildMs,
    };
    this.logger.info(report, 'corpus reloaded');
    return report;
  }
}
