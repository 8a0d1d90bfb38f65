import { describe, expect, it } from 'vitest';
import { sentenceSpans } from '../../src/corpus/sentences.ts';

describe('sentenceSpans', () => {
  it('splits on sentence ends but not after abbreviations or initials', () => {
    const text = 'Mr. Smith met J. Doe in the U.S. Senate. They talked! Did it help?';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Smith met J. Doe in the U.S. Senate.',
      'They talked!',
      'Did it help?',
    ]);
  });

  it('keeps closing quotes with their sentence', () => {
    const text = '“They are all armed.” Khamenei said.';
    expect(sentenceSpans(text).map((s) => text.slice(s.start, s.end))).toEqual([
      '“They are all armed.”',
      'Khamenei said.',
    ]);
  });
});
