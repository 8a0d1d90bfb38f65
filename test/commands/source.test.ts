import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as help from '../../commands/help.ts';
import * as source from '../../commands/source.ts';
import * as sources from '../../commands/sources.ts';
import type { Library } from '../../src/library/library.ts';
import { autocomplete, chatInput } from '../bot/fake-discord.ts';
import { tempLibrary, testContext } from '../bot/helpers.ts';

let library: Library;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ library, cleanup } = await tempLibrary()));
afterAll(() => cleanup());

describe('/source', () => {
  it('suggests matching titles while the user types', async () => {
    const interaction = autocomplete('source', 'document', 'west');
    await source.autocomplete(interaction, testContext(library));
    expect(interaction.sent).toEqual([
      {
        method: 'respond',
        body: { choices: [{ name: 'Western sanctions on IRGC commanders', value: 'sanctions.txt' }] },
      },
    ]);
  });

  it('suggests documents for an empty field', async () => {
    const interaction = autocomplete('source', 'document', '');
    await source.autocomplete(interaction, testContext(library));
    expect(interaction.last?.choices?.map((c) => c.value)).toEqual(['sanctions.txt', 'markup.md']);
  });

  it('quotes a paragraph in full with its citation', async () => {
    const interaction = chatInput('source', { document: 'sanctions.txt', paragraph: 2 });
    await source.execute(interaction, testContext(library));
    const embed = interaction.last?.embeds?.[0];
    expect(embed?.title).toBe('Western sanctions on IRGC commanders — ¶ 2 — iranintl');
    expect(embed?.description).toBe(
      'Oil exports rose to record levels in the spring despite the sanctions, officials in Tehran said.',
    );
  });

  it('shows the outline when no paragraph is given, with the corpus’s Markdown escaped', async () => {
    const interaction = chatInput('source', { document: 'markup.md' });
    await source.execute(interaction, testContext(library));
    const embed = interaction.last?.embeds?.[0];
    expect(embed?.title).toBe('Notes with \\*stars\\* and \\`code\\`');
    expect(embed?.description).toMatch(/^\*\*¶ 1\*\* The \\\*\\\*budget\\\*\\\* line/);
  });

  it('names the valid range for a paragraph that does not exist, privately', async () => {
    const interaction = chatInput('source', { document: 'sanctions.txt', paragraph: 9 });
    await source.execute(interaction, testContext(library));
    expect(interaction.last?.content).toBe(
      '“Western sanctions on IRGC commanders” has paragraphs 1–3; there is no paragraph 9. Leave out `paragraph` to see the outline.',
    );
    expect(interaction.last?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('points to the suggestions for an unknown document', async () => {
    const interaction = chatInput('source', { document: 'no such thing' });
    await source.execute(interaction, testContext(library));
    expect(interaction.last?.content).toMatch(/^No document matches “no such thing”/);
  });
});

describe('/sources', () => {
  it('lists the documents with passage counts, privately', async () => {
    const interaction = chatInput('sources');
    await sources.execute(interaction, testContext(library));
    const embed = interaction.last?.embeds?.[0];
    expect(embed?.description).toMatch(/^2 documents · 4 passages · index built in [\d.]+ m?s\n\n/);
    expect(embed?.description).toContain('• Western sanctions on IRGC commanders — 3 passages');
    expect(embed?.timestamp).toBe(library.current.builtAt.toISOString());
    expect(interaction.last?.flags).toBe(MessageFlags.Ephemeral);
  });
});

describe('/help', () => {
  it('lists every command and how to mention the bot', async () => {
    const interaction = chatInput('help');
    await help.execute(interaction, testContext(library));
    const text = interaction.last?.embeds?.[0]?.description ?? '';
    for (const name of ['/ask', '/source', '/sources', '/reload', '/help', '@CorpusBot'])
      expect(text).toContain(name);
  });
});
