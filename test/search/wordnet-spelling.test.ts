import { describe, expect, it } from 'vitest';
import { spellingOf } from '../../src/search/wordnet-spelling.ts';

describe('spellingOf', () => {
  it('finds the dictionary word one slip away, and leaves known words and names alone', () => {
    expect(spellingOf('ayatolah')).toBe('ayatollah');
    expect(spellingOf('goverment')).toBe('government');
    // A slip in an inflected word: the dictionary form it misspells, one the corpus uses first.
    expect(spellingOf('stetlers')).toBe('settler');
    expect(spellingOf('klled', (word) => word === 'kill')).toBe('kill');
    // An irregular form, when no dictionary word as written is one slip away.
    expect(spellingOf('childern')).toBe('children');
    expect(spellingOf('regan')).toBe('regain');
    expect(spellingOf('harbour')).toBeUndefined();
    expect(spellingOf('khamenei')).toBeUndefined();
  });

  it('reads a long word two slips from a dictionary word as that word, and a long name as no word', () => {
    expect(spellingOf('artical')).toBe('article');
    expect(spellingOf('protesttors')).toBe('protester');
    expect(spellingOf('netanyahu')).toBeUndefined();
    // A short word two slips from a word is as likely another word or a name.
    expect(spellingOf('gippr')).toBeUndefined();
  });
});
