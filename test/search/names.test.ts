import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analyze.ts';
import { acronymsOf, nameRuns } from '../../src/search/names.ts';
import { Vocabulary } from '../../src/search/vocabulary.ts';

const runsOf = (text: string) => {
  const tokens = tokenize(text);
  const runs = nameRuns(text, tokens);
  return tokens.flatMap((t, k) => (runs[k] === undefined ? [] : [`${t.folded}:${runs[k]}`]));
};

describe('nameRuns', () => {
  it('groups adjacent capitalised words, but not a word that opens a sentence', () => {
    expect(runsOf('Hi. Anyway, what did Josep Borrell say about Saudi Arabia?')).toEqual([
      'josep:1',
      'borrell:1',
      'saudi:2',
      'arabia:2',
    ]);
  });

  it('still finds names in a question full of them, unless it is typed in Title Case', () => {
    expect(runsOf('What did Biden say about the Inflation Reduction Act in his State of the Union?')).toEqual(
      ['biden:1', 'inflation:2', 'reduction:2', 'act:2', 'state:3', 'union:4'],
    );
    expect(runsOf('What Did Biden Say About the Inflation Reduction Act?')).toEqual([]);
    expect(runsOf('WHAT DID KHAMENEI SAY ABOUT ISRAEL?')).toEqual([]);
  });
});

describe('acronymsOf', () => {
  it('finds the initials of a name when the corpus uses them', () => {
    const counter = Vocabulary.counter();
    counter.add(['eu', 'sanction']);
    const text = 'What did the European Union decide?';
    const tokens = tokenize(text);
    const runs = nameRuns(text, tokens);
    expect([...acronymsOf(text, tokens, runs, counter.done()).values()]).toEqual(['eu']);
  });

  it('reads no acronym in a run of names that holds one already ("the EU UK and US" is not "EU")', () => {
    const counter = Vocabulary.counter();
    counter.add(['eu', 'uk', 'sanction']);
    const text = 'Why did the EU UK and US tighten sanctions?';
    const tokens = tokenize(text);
    expect([...acronymsOf(text, tokens, nameRuns(text, tokens), counter.done()).values()]).toEqual([]);
  });
});
