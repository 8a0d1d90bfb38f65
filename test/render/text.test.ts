import { describe, expect, it } from 'vitest';
import { parseExcerpt } from '../../src/render/excerpt.ts';
import { escapeAndFit, escapeText, formatExcerpt, truncate } from '../../src/render/text.ts';

describe('truncate', () => {
  it('returns short text unchanged', () => {
    expect(truncate('short', 10)).toBe('short');
  });

  it('cuts at a word boundary and ends with an ellipsis', () => {
    expect(truncate('The quick brown fox jumps', 12)).toBe('The quick…');
  });

  it('never splits a surrogate pair or an emoji sequence', () => {
    const family = '👨‍👩‍👧'; // one grapheme, 8 UTF-16 units
    const cut = truncate(`${family}${family}${family}`, 12);
    expect(cut).toBe(`${family}…`);
    expect(truncate('😀😀😀😀', 6)).toBe('😀😀…');
    expect(truncate('😀😀😀😀', 4)).toBe('😀…');
  });

  it('keeps an accent with its letter', () => {
    expect(truncate('e\u0301e\u0301e\u0301', 4)).toBe('e\u0301…');
  });

  it('stays within the limit for any cut point', () => {
    const text = 'Ünïcödé 😀 text, “quotes” — and more words 👍🏽 here';
    for (let max = 0; max <= text.length + 1; max++)
      expect(truncate(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('escapeText', () => {
  it('escapes Markdown a reader could trip over', () => {
    expect(escapeText('**bold** _it_ ~~s~~ ||spoiler|| `code`')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\~\\~s\\~\\~ \\|\\|spoiler\\|\\| \\`code\\`',
    );
  });

  it('escapes line-start syntax: headings, lists, quotes and masked links', () => {
    expect(escapeText('# Title')).toBe('\\# Title');
    expect(escapeText('- item')).toBe('\\- item');
    expect(escapeText('> quoted')).toBe('\\> quoted');
    expect(escapeText('[click](https://example.com)')).toBe('\\[click](https://example.com)');
  });
});

describe('escapeAndFit', () => {
  it('never ends on a dangling backslash that would escape the ellipsis', () => {
    const text = '*'.repeat(50);
    for (let max = 1; max < 40; max++) {
      const out = escapeAndFit(text, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect(out).not.toMatch(/(^|[^\\])(\\\\)*\\…$/);
    }
  });
});

describe('parseExcerpt', () => {
  it('tells the passage’s own stars from the match markers', () => {
    expect(parseExcerpt('The ****budget**** line', 'The **budget** line')).toEqual([
      { text: 'The **', bold: false },
      { text: 'budget', bold: true },
      { text: '** line', bold: false },
    ]);
  });

  it('keeps the ellipses search puts around a trimmed excerpt', () => {
    expect(parseExcerpt('…end of **the** sentence…', 'Start. The end of the sentence is here')).toEqual([
      { text: '…end of ', bold: false },
      { text: 'the', bold: true },
      { text: ' sentence…', bold: false },
    ]);
  });

  it('falls back to **pairs** when the passage is unknown', () => {
    expect(parseExcerpt('a **b** c')).toEqual([
      { text: 'a ', bold: false },
      { text: 'b', bold: true },
      { text: ' c', bold: false },
    ]);
  });
});

describe('formatExcerpt', () => {
  it('keeps matches bold and escapes the corpus’s own Markdown', () => {
    const text = 'Uses *asterisks* and __underscores__ for the budget.';
    const excerpt = 'Uses *asterisks* and __underscores__ for the **budget**.';
    expect(formatExcerpt(excerpt, 1024, text)).toBe(
      'Uses \\*asterisks\\* and \\_\\_underscores\\_\\_ for the **budget**.',
    );
  });

  it('fits the limit without leaving a bold marker open', () => {
    const excerpt = Array.from({ length: 40 }, (_, i) => `word **match${i}** and`).join(' ');
    for (let max = 5; max < 200; max += 7) {
      const out = formatExcerpt(excerpt, max);
      expect(out.length).toBeLessThanOrEqual(max);
      expect((out.match(/(?<!\\)\*\*/g) ?? []).length % 2).toBe(0);
      expect(out.endsWith('…')).toBe(true);
    }
  });
});
