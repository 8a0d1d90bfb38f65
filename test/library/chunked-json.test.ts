import { describe, expect, it } from 'vitest';
import { fromChunkedJson, fromChunkedJsonSync, toChunkedJson } from '../../src/library/chunked-json.ts';

/** Big enough that arrays and objects inside are streamed in lines of their own. */
const manyKeys = Object.fromEntries(
  Array.from({ length: 25_000 }, (_, i) => [`k${i}`, { n: i, s: `"é\n${i}` }]),
);
const VALUE = {
  version: 'x',
  postings: Array.from({ length: 3000 }, (_, i) => [`term${i}`, { 0: { 1: i, 2: i * 2 } }]),
  nested: [[Array.from({ length: 1500 }, (_, i) => i / 3)]],
  manyKeys,
  empty: { list: [], map: {} },
  nothing: null,
};

describe('toChunkedJson / fromChunkedJson', () => {
  it('round-trips large nested values in many short lines, synchronously and in slices', async () => {
    const text = toChunkedJson(VALUE);
    expect(text.split('\n').length).toBeGreaterThan(5);
    const expected = JSON.parse(JSON.stringify(VALUE)) as unknown;
    expect(fromChunkedJsonSync(Buffer.from(text))).toEqual(expected);
    expect(await fromChunkedJson(Buffer.from(text))).toEqual(expected);
  });

  it('round-trips scalars and empty containers', () => {
    for (const value of [0, 'text', null, true, [], {}]) {
      expect(fromChunkedJsonSync(Buffer.from(toChunkedJson(value)))).toEqual(value);
    }
  });

  it('rejects text cut short, whether mid-line or at a line boundary', async () => {
    const lines = toChunkedJson(VALUE).split('\n');
    const cutMidLine = Buffer.from(lines.join('\n').slice(0, 5000));
    const cutAtLine = Buffer.from(lines.slice(0, -1).join('\n'));
    expect(() => fromChunkedJsonSync(cutMidLine)).toThrow(SyntaxError);
    expect(() => fromChunkedJsonSync(cutAtLine)).toThrow(/incomplete/);
    await expect(fromChunkedJson(cutAtLine)).rejects.toThrow(/incomplete/);
  });

  it('rejects a line aimed at a container that does not exist', () => {
    expect(() => fromChunkedJsonSync(Buffer.from('[7,[1],[]]\n[-1,[],[]]'))).toThrow(/malformed/);
  });
});
