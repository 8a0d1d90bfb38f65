import { describe, expect, it } from 'vitest';
import { foldWord, indexTerms, isQueryFiller, termOf, tokenize } from '../../src/search/analyze.ts';

describe('foldWord', () => {
  it('folds case, diacritics, curly apostrophes, possessives and thousands separators', () => {
    expect(foldWord('Iran’s')).toBe('iran');
    expect(foldWord('Régime')).toBe('regime');
    expect(foldWord('1,200')).toBe('1200');
  });
});

describe('termOf', () => {
  it('stems content words and drops stop words', () => {
    expect(termOf('kidnapping')).toBe(termOf('kidnapped'));
    expect(termOf('the')).toBeNull();
    expect(termOf('')).toBeNull();
  });

  it('gives an irregular plural the term of its singular', () => {
    expect(termOf('children')).toBe(termOf('child'));
    expect(termOf('congressmen')).toBe(termOf('congressman'));
    expect(termOf('specimen')).not.toBe(termOf('speciman'));
  });
});

describe('tokenize', () => {
  it('keeps offsets into the original text', () => {
    const text = 'Iran’s “drones”, 1,200 of them';
    for (const token of tokenize(text))
      expect(foldWord(text.slice(token.start, token.end))).toBe(token.folded);
    expect(tokenize(text).map((t) => t.folded)).toEqual(['iran', 'drones', '1200', 'of', 'them']);
  });
});

describe('tokenize numbers', () => {
  it('reads an ordinal or a decade as its number, and a number run into letters as a word of its own', () => {
    const folded = (text: string) => tokenize(text).map((t) => t.folded);
    expect(folded('the 15th, the 2d and the 1990s')).toEqual(['the', '15', 'the', '2', 'and', 'the', '1990']);
    expect(folded('a 4K screen, 1,200 people')).toEqual(['a', '4k', 'screen', '1200', 'people']);
  });
});

describe('indexTerms', () => {
  it('returns the terms of a text in order without stop words', () => {
    expect(indexTerms('The bombings must be stopped')).toEqual([termOf('bombings'), termOf('stopped')]);
  });
});

describe('isQueryFiller', () => {
  it('recognises words that frame a question', () => {
    expect(isQueryFiller('say')).toBe(true);
    expect(isQueryFiller('settlements')).toBe(false);
  });
});
