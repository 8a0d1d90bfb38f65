import MiniSearch from 'minisearch';
import { describe, expect, it } from 'vitest';
import type { Passage } from '../../src/corpus/types.ts';
import { indexTerms } from '../../src/search/analyze.ts';
import { CandidateScorer } from '../../src/search/candidates.ts';
import { TitleIndex } from '../../src/search/title-index.ts';

/** Windows of three documents; the first and last share a title, which repeats a word. */
const windows: [title: string, text: string][] = [
  ['Harbour and harbour master', 'the ferry leaves the north pier at seven and returns at nine'],
  ['Harbour and harbour master', 'the storm damaged the harbour wall and the pier'],
  ['Island shop', 'a quiet island with one shop and a pier'],
  ['Ferry times', 'the harbour ferry runs every hour in summer'],
  ['Harbour and harbour master', 'the master said the wall would be rebuilt by spring'],
];
const passages: Passage[] = windows.map(([title, text], i) => ({
  id: `p${i}`,
  docId: title,
  title,
  source: `${title}.md`,
  passage: i + 1,
  text,
}));

/** minisearch with the title as an ordinary field: what the title index must score exactly like. */
function withTitleField(): MiniSearch {
  const engine = new MiniSearch({
    idField: 'i',
    fields: ['text', 'title'],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term || null,
    searchOptions: { boost: { title: 2 } },
  });
  engine.addAll(passages.map((p, i) => ({ i, text: p.text, title: p.title })));
  return engine;
}

function textOnly(): MiniSearch {
  const engine = new MiniSearch({
    idField: 'i',
    fields: ['text'],
    tokenize: (text) => indexTerms(text),
    processTerm: (term) => term || null,
  });
  engine.addAll(passages.map((p, i) => ({ i, text: p.text })));
  return engine;
}

describe('TitleIndex', () => {
  it('scores titles as minisearch scored a title field, each distinct title analysed once', () => {
    const weights = new Map(indexTerms('harbour master ferry island pier').map((t, k) => [t, 1 - k / 10]));
    const expected = withTitleField().search([...weights.keys()].join(' '), {
      boostTerm: (t) => weights.get(t) ?? 0,
    });
    const titles = TitleIndex.build(passages);
    const got = new CandidateScorer(
      textOnly() as MiniSearch<never>,
      { text: 1 },
      { index: titles, boost: 2 },
    ).top(weights, 10);
    expect(got.map((c) => c.id)).toEqual(expected.map((r) => r.id));
    got.forEach((c, k) => expect(c.score).toBeCloseTo(expected[k]!.score, 9));
    expect(titles.termsOf(4)).toBe(titles.termsOf(0));
  });

  it('finds a passage by a word only its title has', () => {
    const scorer = new CandidateScorer(
      textOnly() as MiniSearch<never>,
      { text: 1 },
      { index: TitleIndex.build(passages), boost: 2 },
    );
    expect(scorer.top(new Map(indexTerms('times').map((t) => [t, 1])), 5).map((c) => c.id)).toEqual([3]);
  });

  it('builds the same index in slices', async () => {
    expect(await TitleIndex.buildInSlices(passages)).toEqual(TitleIndex.build(passages));
  });
});
