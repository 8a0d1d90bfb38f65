import type { Corpus } from '../src/corpus/types.ts';
import { readIndexCache, serialiseIndex, writeCacheFile } from '../src/library/cache.ts';
import { SearchIndex } from '../src/search/search-index.ts';
import type { BenchEngine, EngineIndex } from './engine.ts';

function wrap(index: SearchIndex, corpus: Corpus): EngineIndex {
  return {
    // The bot shows three results by default; that is the query path that has to be fast.
    search: (question) => index.search(question, { limit: 3 }).length,
    save: (file) => writeCacheFile(file, serialiseIndex(corpus, index)),
  };
}

/** Our SearchIndex, persisted and loaded through the Library's real cache code. */
export const ourSearchIndex: BenchEngine = {
  label: 'our SearchIndex',
  build: (corpus) => wrap(SearchIndex.build(corpus.passages), corpus),
  async load(file, corpus) {
    const read = await readIndexCache(file, corpus);
    if (read.status !== 'hit') throw new Error(`bench: our cache was not served back: ${read.reason}`);
    return wrap(read.index, corpus);
  },
};
