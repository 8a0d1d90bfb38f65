import { describe, expect, it } from 'vitest';
import { renderMentionAnswer, renderMentionUsage } from '../../src/render/mention.ts';
import { LIMITS } from '../../src/render/payload.ts';
import { longText, result } from './fixtures.ts';

describe('renderMentionAnswer', () => {
  it('gives each result its citation and a quoted excerpt', () => {
    const { content } = renderMentionAnswer([result(1), result(2)]);
    expect(content).toBe(
      [
        '**1.** Document 1 — ¶ 1 — example.org',
        '> Passage 1 says the **answer** is here.',
        '',
        '**2.** Document 2 — ¶ 2 — example.org',
        '> Passage 2 says the **answer** is here.',
      ].join('\n'),
    );
  });

  it('stays under 2,000 characters with long passages, Unicode and Markdown', () => {
    const results = [1, 2, 3, 4, 5].map((n) =>
      result(n, { excerpt: longText(2500), citation: longText(500) }),
    );
    const { content } = renderMentionAnswer(results);
    expect(content!.length).toBeLessThanOrEqual(LIMITS.content);
    expect(content!.split('\n> ')).toHaveLength(6);
  });
});

describe('renderMentionUsage', () => {
  it('is one line naming the bot', () => {
    const { content } = renderMentionUsage('Corpus_Bot');
    expect(content).toContain('“@Corpus\\_Bot your question”');
    expect(content).not.toContain('\n');
  });
});
