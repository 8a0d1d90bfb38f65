import { describe, expect, it } from 'vitest';
import { markdown, renderMessage } from '../../src/playground/render.ts';
import type { RecordedMessage } from '../../src/standin/index.ts';

const message = (parts: Partial<RecordedMessage>): RecordedMessage => ({
  id: '1443301234567890123',
  channelId: '1443301234567890124',
  authorId: '1443301234567890125',
  content: '',
  embeds: [],
  components: [],
  ephemeral: false,
  loading: false,
  allowedMentions: undefined,
  pings: { everyone: false, users: [], roles: [] },
  replyTo: undefined,
  interactionId: undefined,
  createdAt: 0,
  editedAt: undefined,
  deleted: false,
  api: {},
  ...parts,
});

const plain = { ansi: false, author: 'Corpus Bot' };

describe('renderMessage', () => {
  it('shows an embed as title, cited fields with their excerpts, and footer, and numbers the buttons', () => {
    const rendered = renderMessage(
      message({
        embeds: [
          {
            title: '“who was sanctioned?”',
            fields: [
              { name: '1. Sanctions — ¶ 1 — sanctions.txt', value: 'The EU **sanctioned** Ali Fadavi.' },
            ],
            footer: { text: 'Result 1' },
          },
        ],
        components: [
          {
            type: 1,
            components: [
              { type: 2, style: 2, label: 'More results', custom_id: 'ask:more:1:3' },
              { type: 2, style: 1, label: 'Full passage', custom_id: 'ask:full:1:0' },
            ],
          },
        ],
      }),
      plain,
    );
    expect(rendered.text).toBe(
      [
        'Corpus Bot:',
        '  ┃ “who was sanctioned?”',
        '  ┃ 1. Sanctions — ¶ 1 — sanctions.txt',
        '  ┃    The EU **sanctioned** Ali Fadavi.',
        '  ┃ Result 1',
        '  [1] More results   [2] Full passage   — type a number to press',
      ].join('\n'),
    );
    expect(rendered.buttons.map((b) => [b.number, b.customId])).toEqual([
      [1, 'ask:more:1:3'],
      [2, 'ask:full:1:0'],
    ]);
  });

  it('says when only the person can see a reply', () => {
    const rendered = renderMessage(message({ content: 'One moment.', ephemeral: true }), plain);
    expect(rendered.text).toBe('Corpus Bot (only you can see this):\n  One moment.');
    expect(rendered.buttons).toEqual([]);
  });

  it('uses ANSI bold for a terminal', () => {
    const rendered = renderMessage(message({ content: 'the **answer**' }), { ...plain, ansi: true });
    expect(rendered.text).toContain('the \u001b[1manswer\u001b[0m');
  });
});

describe('markdown', () => {
  it('removes backslash escapes so escaped text reads as typed', () => {
    expect(markdown('\\*\\*not bold\\*\\* \\# not a heading', true)).toBe('**not bold** # not a heading');
  });

  it('shows Discord timestamps as dates', () => {
    expect(markdown('built <t:0:R>', false)).toMatch(/^built 1 Jan 1970/);
  });
});
