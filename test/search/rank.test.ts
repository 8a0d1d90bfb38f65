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
/** The vocabulary of a few texts. */
function vocabularyOf(corpus: string[]): Vocabulary {
  const counter = Vocabulary.counter();
  for (const text of corpus) counter.add(indexTerms(text));
  return counter.done();
}
const vocabulary = vocabularyOf(texts);

describe('assessPassage', () => {
  it('picks the sentence that covers the question and notices the number it asks for', () => {
    const plan = planQuery('How many boats use the harbour?', vocabulary);
    const a = assessPassage(readText(texts[0]!), tokenize('Harbour notes'), plan);
    expect(texts[0]!.slice(a.best.start, a.best.end)).toBe('Fourteen boats use the harbour.');
    expect(a.coverage).toBe(1);
    expect(a.cueMatched).toBe(true);
    expect(a.counted).toBe(true);
  });

  it('for "how many were <verb>ed", takes a number right after the verb as the count asked for', () => {
    const killing = 'Militants stormed the town, killing 1,200 mostly civilians.';
    const other = 'In 2023 militants stormed the town and many civilians were killed.';
    const plan = planQuery('How many people were killed in the town?', vocabularyOf([killing, other]));
    expect(assessPassage(readText(killing), [], plan).counted).toBe(true);
    expect(assessPassage(readText(other), [], plan).counted).toBe(false);
  });

  it('for "how many times", shows the sentence giving the count, not one with other numbers', () => {
    const text =
      "He's a 49-year-old veteran who has worked for the agency for 22 years. Last year he was at work in the " +
      'federal building when the blast killed 169 people. He reentered that building four times.';
    const plan = planQuery(
      'How many times did the agency worker go back into the bombed building?',
      vocabularyOf([text]),
    );
    const a = assessPassage(readText(text), [], plan);
    expect(text.slice(a.best.start, a.best.end)).toContain('four times');
  });

  it('for "where", shows the sentence naming a place, not the one naming an agency', () => {
    const text =
      'Saddam wanted uranium, the International Energy Agency reported this week. Saddam wanted uranium from Africa.';
    const plan = planQuery('Where did Saddam want uranium?', vocabularyOf([text]));
    const a = assessPassage(readText(text), [], plan);
    expect(text.slice(a.best.start, a.best.end)).toBe('Saddam wanted uranium from Africa.');
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
