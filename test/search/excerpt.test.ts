import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/search/analyze.ts';
import { renderExcerpt } from '../../src/search/excerpt.ts';

describe('renderExcerpt', () => {
  it('bolds every matched word', () => {
    const text = 'They are all armed and armed again.';
    const out = renderExcerpt(text, { start: 0, end: text.length }, tokenize(text), (t) => t.term === 'arm');
    expect(out).toBe('They are all **armed** and **armed** again.');
  });

  it('trims a long span around the matches with … and never cuts a word, the match in the middle', () => {
    const words = Array.from({ length: 200 }, (_, k) => `word${k}`);
    words[150] = 'needle';
    const text = `${words.join(' ')}.`;
    const out = renderExcerpt(
      text,
      { start: 0, end: text.length },
      tokenize(text),
      (t) => t.folded === 'needle',
      { maxChars: 120 },
    );
    expect(out).toContain('**needle**');
    expect(out.startsWith('…')).toBe(true);
    expect(out.endsWith('…')).toBe(true);
    const plain = out.replace(/\*\*/g, '').replace(/…/g, '').trim();
    for (const word of plain.split(' ')) expect(words).toContain(word.replace(/\.$/, ''));
    expect(plain.length).toBeLessThanOrEqual(120);
    const [before, after] = out.split('**needle**');
    expect(Math.abs(before!.length - after!.length)).toBeLessThan(12);
  });

  it('opens at the sentence rather than cut its first words to show a word again', () => {
    const text =
      'The revenue service was organized and placed on a good footing this year, thereby securing the revenue.';
    const isMatch = (t: { folded: string }) => t.folded === 'revenue' || t.folded === 'service';
    const fits = (maxChars: number) =>
      renderExcerpt(text, { start: 0, end: text.length }, tokenize(text), isMatch, {
        maxChars,
        sentenceStarts: new Set([0]),
      });
    expect(fits(text.length - 2)).toMatch(/^The \*\*revenue\*\* \*\*service\*\*/);
  });

  it('keeps the answer when trimming, over a few more matched words', () => {
    const filler = Array.from({ length: 30 }, (_, k) => `word${k}`).join(' ');
    const text = `The observatory and the astronomer watched. ${filler} Europe has 130 observatories.`;
    const out = renderExcerpt(
      text,
      { start: 0, end: text.length },
      tokenize(text),
      (t) => ['observatori', 'astronom', 'europ'].includes(t.term ?? ''),
      { isAnswer: (t) => t.folded === '130', maxChars: 120 },
    );
    expect(out).toContain('130');
  });

  it('keeps the word the question typed over two stand-ins for it', () => {
    const filler = Array.from({ length: 30 }, (_, k) => `word${k}`).join(' ');
    const text = `The inhabitants and residents met. ${filler} The population is four million.`;
    const population = ['inhabit', 'resid', 'popul'];
    const out = renderExcerpt(
      text,
      { start: 0, end: text.length },
      tokenize(text),
      (t) => population.includes(t.term ?? ''),
      {
        maxChars: 120,
        sentenceStarts: new Set([0, text.indexOf('The population')]),
        matchWorth: (t) => (t.term === 'popul' ? 1 : 0.4),
        sameAs: () => 'population',
      },
    );
    expect(out).toContain('**population**');
  });
});
