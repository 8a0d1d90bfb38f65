import { describe, expect, it } from 'vitest';
import { planQuery } from '../../src/search/query.ts';
import { assessPassage, relevance } from '../../src/search/rank.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';
import { indexTerms, tokenize } from '../../src/search/analyze.ts';
import { readText } from '../../src/search/reading.ts';

const texts = [
  'The ferry leaves at seven. Fourteen boats use the harbour. The wall is old.',
  'Boats are everywhere in the harbour, and many countries send them.',
];
const counter = Vocabulary.counter();
for (const text of texts) counter.add(indexTerms(text));
const vocabulary = counter.done();

describe('assessPassage', () => {
  it('picks the sentence that covers the question and notices the number it asks for', () => {
    const plan = planQuery('How many boats use the harbour?', vocabulary);
    const a = assessPassage(readText(texts[0]!), tokenize('Harbour notes'), plan);
    expect(texts[0]!.slice(a.best.start, a.best.end)).toBe('Fourteen boats use the harbour.');
    expect(a.coverage).toBe(1);
    expect(a.cueMatched).toBe(true);
    expect(a.counted).toBe(true);
  });

  it('reports partial coverage when a word is missing', () => {
    const a = assessPassage(readText(texts[1]!), [], planQuery('ferry harbour', vocabulary));
    expect(a.coverage).toBeGreaterThan(0);
    expect(a.coverage).toBeLessThan(1);
  });
});

describe('relevance', () => {
  it('ranks a passage covering the question above one that does not', () => {
    const plan = planQuery('How many boats use the harbour?', vocabulary);
    const good = relevance(1, assessPassage(readText(texts[0]!), [], plan));
    const weak = relevance(
      1,
      assessPassage(readText(texts[1]!), [], planQuery('ferry wall seven', vocabulary)),
    );
    expect(good).toBeGreaterThan(weak);
  });
});
