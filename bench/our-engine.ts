import { readFile } from 'node:fs/promises';
import { writeCacheFile } from '../src/library/cache.ts';
import { fromChunkedJsonSync, toChunkedJson } from '../src/library/chunked-json.ts';
import { SearchIndex } from '../src/search/search-index.ts';
import type { BenchEngine, EngineIndex } from './engine.ts';

function wrap(index: SearchIndex): EngineIndex {
  return {
    // The bot shows three results by default; that is the query path that has to be fast.
    search: (question) => index.search(question, { limit: 3 }).length,
    // The index alone, in the cache's chunked JSON, so the column compares like with like: plain minisearch
    // saves no passages either. The Library's warm start, passages included, is measured after the table.
    save: (file) => writeCacheFile(file, Buffer.from(toChunkedJson(index.toJSON()))),
  };
}

/** Our SearchIndex, persisted and loaded the way the Library's cache does it. */
export const ourSearchIndex: BenchEngine = {
  label: 'our SearchIndex',
  build: (corpus) => wrap(SearchIndex.build(corpus.passages)),
  async load(file, corpus) {
    return wrap(SearchIndex.fromJSON(fromChunkedJsonSync(await readFile(file)), corpus.passages));
  },
};
