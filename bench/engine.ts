import type { Corpus } from '../src/corpus/types.ts';

/** A built or loaded index, as the benchmark drives it. */
export interface EngineIndex {
  /** Answers one question; returns how many results came back (so the work cannot be optimised away). */
  search(question: string): number;
  /** Persists the index to `file` the way the engine would in production; returns the bytes written. */
  save(file: string): Promise<number>;
}

/** One search engine under test: plain minisearch or our SearchIndex. */
export interface BenchEngine {
  readonly label: string;
  build(corpus: Corpus): EngineIndex;
  /** Loads what {@link EngineIndex.save} wrote, as a warm start would. */
  load(file: string, corpus: Corpus): Promise<EngineIndex>;
}
