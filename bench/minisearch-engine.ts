import { readFile, writeFile } from 'node:fs/promises';
import MiniSearch from 'minisearch';
import type { Passage } from '../src/corpus/types.ts';
import type { BenchEngine, EngineIndex } from './engine.ts';

/** The baseline the issue measures against: minisearch with default options, nothing stored, `search(q)` as is. */
const OPTIONS = { fields: ['text', 'title'] };

function wrap(index: MiniSearch<Passage>): EngineIndex {
  return {
    search: (question) => index.search(question).length,
    save: async (file) => {
      const json = JSON.stringify(index);
      await writeFile(file, json);
      return Buffer.byteLength(json);
    },
  };
}

/** Plain minisearch, for the side-by-side columns of the table. */
export const plainMiniSearch: BenchEngine = {
  label: 'plain minisearch',
  build(corpus) {
    const index = new MiniSearch<Passage>(OPTIONS);
    index.addAll(corpus.passages);
    return wrap(index);
  },
  async load(file) {
    return wrap(MiniSearch.loadJSON<Passage>(await readFile(file, 'utf8'), OPTIONS));
  },
};
