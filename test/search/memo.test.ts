import { describe, expect, it } from 'vitest';
import { remember } from '../../src/search/memo.ts';

describe('remember', () => {
  it('reads a key once, remembers an undefined answer too, and starts afresh when full', () => {
    const memo = new Map<string, string | undefined>();
    let reads = 0;
    const read = (value: string | undefined) => () => (reads++, value);
    expect(remember(memo, 'a', read('A'), 2)).toBe('A');
    expect(remember(memo, 'a', read('other'), 2)).toBe('A');
    expect(remember(memo, 'b', read(undefined), 2)).toBeUndefined();
    expect(remember(memo, 'b', read('late'), 2)).toBeUndefined();
    expect(reads).toBe(2);
    remember(memo, 'c', read('C'), 2);
    expect([...memo.keys()]).toEqual(['c']);
  });
});
