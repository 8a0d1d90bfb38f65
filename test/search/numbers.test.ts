import { describe, expect, it } from 'vitest';
import { numberRuns } from '../../src/search/numbers.ts';

const runs = (text: string) => numberRuns(text.split(' ')).map((r) => r.value);

describe('numberRuns', () => {
  it('reads numbers written in words', () => {
    expect(runs('over twenty two thousand arrests')).toEqual([22000]);
    expect(runs('three hundred and fifty drones')).toEqual([350]);
    expect(runs('fourteen countries and two ships')).toEqual([14, 2]);
    expect(runs('one million two hundred thousand')).toEqual([1_200_000]);
  });

  it('gives where each number starts and ends', () => {
    expect(numberRuns(['over', 'twenty', 'two', 'thousand', 'arrests'])).toEqual([
      { start: 1, end: 4, value: 22000 },
    ]);
  });

  it('finds nothing in words that are not numbers', () => {
    expect(runs('and the hundreds of minors')).toEqual([]);
  });
});
