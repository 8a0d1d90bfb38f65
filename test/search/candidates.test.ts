import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import { CandidateScorer } from '../../src/search/candidates.ts';

const docs = [
  {
    id: 'a',
    title: 'ferry times',
    text: 'the ferry leaves the north pier at seven and the ferry returns at nine',
  },
  { id: 'b', title: 'harbour', text: 'the storm damaged the harbour wall and the pier' },
  { id: 'c', title: 'harbour master', text: 'the harbour master said the wall would be rebuilt' },
  { id: 'd', title: 'island', text: 'a quiet island with one shop' },
];

function engineWith(documents: typeof docs): MiniSearch {
  const engine = new MiniSearch({ fields: ['text', 'title'], searchOptions: { boost: { title: 2 } } });
  engine.addAll(documents);
  return engine;
}

describe('CandidateScorer.top', () => {
  it('ranks and scores exactly like MiniSearch#search (this pins the minisearch index layout it reads)', () => {
    const engine = engineWith(docs);
    const weights = new Map([
      ['harbour', 1],
      ['pier', 0.5],
      ['ferry', 0.8],
    ]);
    const expected = engine.search([...weights.keys()].join(' '), { boostTerm: (t) => weights.get(t) ?? 0 });
    const got = new CandidateScorer(engine as MiniSearch<never>, { text: 1, title: 2 }).top(weights, 10);
    expect(got.map((c) => c.id)).toEqual(expected.map((r) => r.id));
    got.forEach((c, k) => expect(c.score).toBeCloseTo(expected[k]!.score, 9));
  });

  it('keeps only the best `limit` and works on an index restored from JSON', () => {
    const engine = MiniSearch.loadJSON(JSON.stringify(engineWith(docs)), { fields: ['text', 'title'] });
    const scorer = new CandidateScorer(engine as MiniSearch<never>, { text: 1, title: 2 });
    expect(scorer.top(new Map([['the', 1]]), 2)).toHaveLength(2);
    expect(scorer.top(new Map([['nowhere', 1]]), 2)).toEqual([]);
  });

  it('does not carry scores over from one query to the next', () => {
    const scorer = new CandidateScorer(engineWith(docs) as MiniSearch<never>, { text: 1, title: 2 });
    const first = scorer.top(new Map([['island', 1]]), 5);
    scorer.top(new Map([['harbour', 1]]), 5);
    expect(scorer.top(new Map([['island', 1]]), 5)).toEqual(first);
  });
});
