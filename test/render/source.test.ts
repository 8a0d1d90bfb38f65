import { describe, expect, it } from 'vitest';
import type { CorpusDocument } from '../../src/corpus/types.ts';
import { LIMITS, embedLength } from '../../src/render/payload.ts';
import {
  fitLines,
  renderNoSuchParagraph,
  renderOutline,
  renderParagraph,
  type Paragraph,
} from '../../src/render/source.ts';
import { longText } from './fixtures.ts';

const doc: CorpusDocument = {
  docId: 'news/iran.txt',
  title: 'Iran’s ruler *downplays* killings',
  source: 'iranintl',
  passageCount: 80,
  paragraphCount: 80,
  contentHash: 'x',
};

const paragraph = (n: number, text: string): Paragraph => ({
  docId: doc.docId,
  passage: n,
  citation: `${doc.title} — ¶ ${n} — ${doc.source}`,
  text,
});

describe('renderParagraph', () => {
  it('quotes the paragraph in full under its citation', () => {
    const embed = renderParagraph(paragraph(4, 'They are all _armed_.')).embeds![0]!;
    expect(embed.title).toBe('Iran’s ruler \\*downplays\\* killings — ¶ 4 — iranintl');
    expect(embed.description).toBe('They are all \\_armed\\_.');
    expect(embed.footer?.text).toBe('news/iran.txt');
  });

  it('shortens a paragraph longer than an embed description, and says so', () => {
    const embed = renderParagraph(paragraph(1, longText(10_000))).embeds![0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.footer?.text).toContain('shortened');
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('renderOutline', () => {
  it('lists the opening of each paragraph and says how many more there are', () => {
    const paragraphs = Array.from({ length: 80 }, (_, i) => paragraph(i + 1, longText(300)));
    const embed = renderOutline(doc, paragraphs).embeds![0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.description).toMatch(/^\*\*¶ 1\*\* /);
    expect(embed.description).toMatch(/…and \d+ more — pick one with `paragraph:`$/);
    expect(embed.footer?.text).toBe('news/iran.txt · iranintl · 80 paragraphs');
  });
});

describe('fitLines', () => {
  it('keeps every line that fits and counts the rest', () => {
    expect(fitLines(['aa', 'bb', 'cc'], 100, (n) => `+${n}`)).toBe('aa\nbb\ncc');
    expect(fitLines(['aa', 'bb', 'cc'], 6, (n) => `+${n}`)).toBe('aa\n+2');
  });
});

describe('renderNoSuchParagraph', () => {
  it('names the valid range, or the only paragraph, and how to see the outline', () => {
    expect(renderNoSuchParagraph(doc, 81).content).toBe(
      '“Iran’s ruler \\*downplays\\* killings” has paragraphs 1–80; there is no paragraph 81. Leave out `paragraph` to see the outline.',
    );
    expect(renderNoSuchParagraph({ ...doc, paragraphCount: 1 }, 2).content).toMatch(
      /has only paragraph 1; there is no paragraph 2\./,
    );
  });
});
