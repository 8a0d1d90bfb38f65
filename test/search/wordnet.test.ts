import { describe, expect, it } from 'vitest';
import { lookUp } from '../../src/search/wordnet.ts';

describe('lookUp', () => {
  it('gives the synonyms of a dictionary word', () => {
    expect(lookUp('revenge')).toMatchObject({
      known: true,
      synonyms: expect.arrayContaining(['retaliation']),
    });
  });

  it('undoes regular and irregular inflection', () => {
    expect(lookUp('kidnapped').known).toBe(true);
    expect(lookUp('struck').bases).toContain('strike');
    expect(lookUp('children').synonyms).toContain('minor');
  });

  it('links a place to its parts', () => {
    expect(lookUp('syria').parts).toContain('damascus');
  });

  it('does not know names, typos or non-words', () => {
    for (const word of ['khamenei', 'revolutionery', '', '1,200', 'a b'])
      expect(lookUp(word).known).toBe(false);
  });
});
