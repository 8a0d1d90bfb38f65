import { describe, expect, it } from 'vitest';
import { renderAskPage, renderNothingFound } from '../../src/render/ask.ts';
import { LIMITS, NO_PINGS, embedLength } from '../../src/render/payload.ts';
import { longText, result } from './fixtures.ts';

function onlyEmbed(payload: ReturnType<typeof renderAskPage>) {
  const embed = payload.embeds?.[0];
  if (!embed) throw new Error('no embed');
  return embed;
}

function expectWithinLimits(payload: ReturnType<typeof renderAskPage>) {
  const embed = onlyEmbed(payload);
  expect(embed.title!.length).toBeLessThanOrEqual(LIMITS.embedTitle);
  expect(embed.fields!.length).toBeLessThanOrEqual(LIMITS.embedFields);
  for (const f of embed.fields!) {
    expect(f.name.length).toBeLessThanOrEqual(LIMITS.fieldName);
    expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(f.value.length).toBeGreaterThan(0);
  }
  expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
}

describe('renderAskPage', () => {
  it('shows each result’s citation as a heading and its excerpt with bold matches', () => {
    const payload = renderAskPage({
      question: 'what is the answer?',
      results: [result(1), result(2)],
      offset: 0,
    });
    const embed = onlyEmbed(payload);
    expect(embed.title).toBe('“what is the answer?”');
    expect(embed.fields).toEqual([
      { name: '1. Document 1 — ¶ 1 — example.org', value: 'Passage 1 says the **answer** is here.' },
      { name: '2. Document 2 — ¶ 2 — example.org', value: 'Passage 2 says the **answer** is here.' },
    ]);
    expect(embed.footer?.text).toContain('Results 1–2');
    expect(payload.allowedMentions).toEqual(NO_PINGS);
  });

  it('numbers a later page from its offset', () => {
    const embed = onlyEmbed(renderAskPage({ question: 'q', results: [result(4)], offset: 3 }));
    expect(embed.fields?.[0]?.name).toMatch(/^4\. /);
    expect(embed.footer?.text).toContain('Result 4');
  });

  it('stays within every embed limit for five very long passages', () => {
    const results = [1, 2, 3, 4, 5].map((n) =>
      result(n, { excerpt: longText(3000), citation: `${longText(400)} — ¶ ${n} — src` }),
    );
    expectWithinLimits(renderAskPage({ question: longText(2000), results, offset: 0 }));
  });

  it('stays within the limits with more results than an embed has fields', () => {
    const results = Array.from({ length: 40 }, (_, i) => result(i + 1, { excerpt: longText(900) }));
    const payload = renderAskPage({ question: 'many', results, offset: 0 });
    expectWithinLimits(payload);
    expect(onlyEmbed(payload).fields).toHaveLength(25);
  });

  it('escapes Markdown in the question and the corpus text but keeps the match bold', () => {
    const text = 'A `tick`, a *star* and ||spoiler|| near the answer.';
    const payload = renderAskPage({
      question: '**why** # @everyone',
      results: [result(1, { text, excerpt: 'A `tick`, a *star* and ||spoiler|| near the **answer**.' })],
      offset: 0,
    });
    const embed = onlyEmbed(payload);
    expect(embed.title).toBe('“\\*\\*why\\*\\* # @everyone”');
    expect(embed.fields?.[0]?.value).toBe(
      'A \\`tick\\`, a \\*star\\* and \\|\\|spoiler\\|\\| near the **answer**.',
    );
  });

  it('adds More results and Full passage buttons with the given ids', () => {
    const payload = renderAskPage({
      question: 'q',
      results: [result(1)],
      offset: 0,
      moreId: 'ask:more:1234567890123456789:3',
      fullId: 'ask:full:1234567890123456789:0',
    });
    const buttons = payload.components?.[0]?.components ?? [];
    expect(buttons.map((b) => ('label' in b ? b.label : ''))).toEqual(['More results', 'Full passage']);
    expect(buttons.map((b) => ('custom_id' in b ? b.custom_id : ''))).toEqual([
      'ask:more:1234567890123456789:3',
      'ask:full:1234567890123456789:0',
    ]);
  });

  it('omits More results on the last page', () => {
    const payload = renderAskPage({ question: 'q', results: [result(1)], offset: 0, fullId: 'ask:full:1:0' });
    expect(payload.components?.[0]?.components).toHaveLength(1);
  });

  it('refuses a custom_id Discord would reject', () => {
    expect(() =>
      renderAskPage({ question: 'q', results: [result(1)], offset: 0, moreId: 'x'.repeat(101) }),
    ).toThrow(/custom_id/);
  });
});

describe('renderNothingFound', () => {
  it('says so kindly, with a hint, and echoes the question harmlessly', () => {
    const { content, allowedMentions } = renderNothingFound('What about @everyone and **this**?');
    expect(content).toMatch(
      /^Nothing in the corpus answers “What about @everyone and \\\*\\\*this\\\*\\\*\?”/,
    );
    expect(content).toContain('/sources');
    expect(allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('says there are no more results after the last page', () => {
    expect(renderNothingFound('q', { afterPage: true }).content).toBe('No more results for “q”.');
  });

  it('keeps a very long question within the message limit', () => {
    expect(renderNothingFound('😀'.repeat(5000)).content!.length).toBeLessThanOrEqual(LIMITS.content);
  });
});
