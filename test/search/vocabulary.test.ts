import { describe, expect, it } from 'vitest';
import { Vocabulary } from '../../src/search/vocabulary.ts';

function vocabularyOf(...passages: string[][]): Vocabulary {
  const counter = Vocabulary.counter();
  for (const terms of passages) counter.add(terms);
  return counter.done();
}

const vocabulary = vocabularyOf(['harbour', 'wall', 'wall'], ['harbour', 'ferri'], ['guard']);

describe('Vocabulary.counter', () => {
  it('counts each term once per passage and returns the passage’s distinct terms', () => {
    const counter = Vocabulary.counter();
    expect(counter.add(['wall', 'wall', 'pier'])).toEqual(['wall', 'pier']);
    expect(counter.done().frequency('wall')).toBe(1);
  });
});

describe('Vocabulary.idf', () => {
  it('weighs rare terms above common ones and unknown terms highest', () => {
    expect(vocabulary.idf('ferri')).toBeGreaterThan(vocabulary.idf('harbour'));
    expect(vocabulary.idf('zebra')).toBeGreaterThan(vocabulary.idf('ferri'));
  });
});

describe('Vocabulary.withPrefix', () => {
  it('lists known terms starting with a prefix', () => {
    expect(vocabulary.withPrefix('ha', 5)).toEqual(['harbour']);
    expect(vocabulary.withPrefix('x', 5)).toEqual([]);
  });
});

describe('Vocabulary.near', () => {
  it('finds known terms a few edits away, closest first, a swap of two letters being one edit', () => {
    expect(vocabulary.near('harbor', 1)).toEqual([{ term: 'harbour', distance: 1 }]);
    expect(vocabulary.near('gaurd', 1)).toEqual([{ term: 'guard', distance: 1 }]);
    expect(vocabulary.near('gaudr', 1)).toEqual([]);
    expect(vocabulary.near('gaudr', 2).map((n) => n.term)).toEqual(['guard']);
  });

  it('counts a letter doubled in the wrong place as one slip ("tarrif", "misisippi")', () => {
    const tariffs = vocabularyOf(['tariff', 'mississippi']);
    expect(tariffs.near('tarrif', 1)).toEqual([{ term: 'tariff', distance: 1 }]);
    expect(tariffs.near('misisippi', 1)).toEqual([{ term: 'mississippi', distance: 1 }]);
  });
});

describe('Vocabulary.toJSON / fromJSON', () => {
  it('round-trips and rejects malformed data', () => {
    const restored = Vocabulary.fromJSON(JSON.parse(JSON.stringify(vocabulary.toJSON())));
    expect(restored.frequency('harbour')).toBe(2);
    expect(restored.withPrefix('f', 5)).toEqual(['ferri']);
    expect(() => Vocabulary.fromJSON({ terms: ['a'], counts: [] })).toThrow(/malformed/);
    expect(() => Vocabulary.fromJSON(null)).toThrow(/malformed/);
  });
});
