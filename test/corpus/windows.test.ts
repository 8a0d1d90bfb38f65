import { describe, expect, it } from 'vitest';
import { splitIntoWindows, splitSentences } from '../../src/corpus/windows.ts';

const words = (text: string) => text.split(' ').length;

describe('splitSentences', () => {
  it('splits after closing punctuation and quotes before a capital', () => {
    expect(splitSentences('He left. “Why?” she asked. 3 more came!')).toEqual([
      'He left.',
      '“Why?” she asked.',
      '3 more came!',
    ]);
  });

  it('does not split after titles, initials or abbreviations', () => {
    expect(splitSentences('Mr. Smithson left it to the U.S. Congress. J. Doe agreed.')).toEqual([
      'Mr. Smithson left it to the U.S. Congress.',
      'J. Doe agreed.',
    ]);
  });
});

describe('splitIntoWindows', () => {
  it('leaves a paragraph of at most 200 words whole', () => {
    const paragraph = 'Short sentence here. '.repeat(60).trim();
    expect(splitIntoWindows(paragraph)).toEqual([paragraph]);
  });

  it('makes windows of 100–200 words that overlap by one sentence', () => {
    const sentences = Array.from({ length: 60 }, (_, i) => `Sentence number ${i} has exactly seven words.`);
    const windows = splitIntoWindows(sentences.join(' '));
    expect(windows.length).toBeGreaterThan(1);
    for (const window of windows.slice(0, -1)) {
      expect(words(window)).toBeGreaterThanOrEqual(100);
      expect(words(window)).toBeLessThanOrEqual(200);
    }
    const lastOfFirst = windows[0]?.split(/(?<=\.) /).pop();
    expect(windows[1]?.startsWith(lastOfFirst ?? '?')).toBe(true);
  });

  it('cuts a run-on text without punctuation so no window exceeds 200 words', () => {
    const windows = splitIntoWindows('word '.repeat(1000).trim());
    expect(windows.every((w) => words(w) <= 200)).toBe(true);
    expect(windows.join(' ').split(' ').length).toBeGreaterThanOrEqual(1000);
  });
});
