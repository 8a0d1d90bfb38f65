import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analyze.ts';
import { CUE, ReadingCache, readText, tokensOf } from '../../src/search/reading.ts';

describe('readText', () => {
  it('marks numbers, dates and names mid-sentence, and which sentence each word is in', () => {
    const reading = readText('In March Ingrid Solberg counted fourteen boats. Boats left in 1998.');
    const flags = (word: string): number => reading.cues[reading.folded.indexOf(word)]!;
    expect(flags('march') & CUE.date).toBeTruthy();
    expect(flags('solberg') & CUE.name).toBeTruthy();
    expect(flags('fourteen') & CUE.number).toBeTruthy();
    expect(flags('1998') & CUE.date).toBeTruthy();
    // A sentence's first word is capitalised whatever it is.
    expect(reading.cues[reading.folded.indexOf('in')]! & CUE.name).toBe(0);
    expect(reading.sentence[reading.folded.length - 1]).toBe(1);
  });

  it('marks sums of money by their currency sign or word', () => {
    const reading = readText(
      'It cost $13 millions, or billions of dollars, or 5 million pounds, for 350 drones.',
    );
    const flags = (word: string): number => reading.cues[reading.folded.indexOf(word)]!;
    expect(flags('13') & CUE.money).toBeTruthy();
    expect(flags('dollars') & CUE.money).toBeTruthy();
    expect(flags('pounds') & CUE.money).toBeTruthy();
    expect(flags('350') & CUE.money).toBe(0);
  });
});

describe('tokensOf', () => {
  it('gives back the words as tokenize does', () => {
    const text = 'Iran’s drones, 1,200 of them.';
    expect(tokensOf(readText(text))).toEqual(tokenize(text));
  });
});

describe('ReadingCache', () => {
  it('reads a passage once and drops the least recently used beyond its capacity', () => {
    const cache = new ReadingCache(2);
    let reads = 0;
    const text = (): string => {
      reads++;
      return 'Some text.';
    };
    const first = cache.get(1, text);
    cache.get(2, text);
    expect(cache.get(1, text)).toBe(first);
    cache.get(3, text); // evicts 2, the least recently used
    cache.get(1, text);
    expect(reads).toBe(3);
    cache.get(2, text);
    expect(reads).toBe(4);
  });
});
