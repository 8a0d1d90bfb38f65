import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MessageFlags, PermissionFlagsBits } from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as ask from '../../commands/ask.ts';
import * as reload from '../../commands/reload.ts';
import type { Library } from '../../src/library/library.ts';
import { chatInput } from '../bot/fake-discord.ts';
import { DOCS, tempLibrary, testConfig, testContext } from '../bot/helpers.ts';

let dir: string;
let library: Library;
let cleanup: () => Promise<void>;
beforeEach(async () => ({ dir, library, cleanup } = await tempLibrary()));
afterEach(() => cleanup());

const manager = { permissions: PermissionFlagsBits.ManageGuild };
const NEW_DOC =
  'Harbour report\n\nSource » port authority\n\nThe harbour master counted forty tankers waiting offshore.';

describe('/reload', () => {
  it('refuses members without Manage Server or a configured admin role or user', async () => {
    const interaction = chatInput('reload', {}, { roles: ['700000000000000001'] });
    await reload.execute(interaction, testContext(library));
    expect(interaction.sent).toHaveLength(1);
    expect(interaction.last?.content).toMatch(/^Only server admins can reload/);
    expect(interaction.last?.flags).toBe(MessageFlags.Ephemeral);
  });

  it('lets in a configured admin role or user without Manage Server', async () => {
    const config = testConfig({ ADMIN_ROLE_IDS: '700000000000000001', ADMIN_USER_IDS: '200000000000000009' });
    for (const who of [{ roles: ['700000000000000001'] }, { userId: '200000000000000009' }]) {
      const interaction = chatInput('reload', {}, who);
      await reload.execute(interaction, testContext(library, { config }));
      expect(interaction.last?.embeds?.[0]?.title).toBe('Reloaded the corpus');
    }
  });

  it('reports what changed privately, and the next /ask finds the new document', async () => {
    const ctx = testContext(library);
    await writeFile(join(dir, 'harbour.txt'), NEW_DOC);
    await writeFile(join(dir, 'sanctions.txt'), `${DOCS['sanctions.txt']}\n\nA fourth paragraph was added.`);
    await rm(join(dir, 'markup.md'));
    const interaction = chatInput('reload', {}, manager);
    await reload.execute(interaction, ctx);
    expect(interaction.sent[0]).toEqual({ method: 'deferReply', body: { flags: MessageFlags.Ephemeral } });
    const embed = interaction.last?.embeds?.[0];
    expect(embed?.description).toMatch(/^Documents: 2 → 2\nPassages: 4 → 5\nBuild time: \d+ ms$/);
    expect(embed?.fields).toEqual([
      { name: 'Added (1)', value: '• harbour.txt' },
      { name: 'Removed (1)', value: '• markup.md' },
      { name: 'Changed (1)', value: '• sanctions.txt' },
    ]);
    const asked = chatInput('ask', { question: 'how many tankers were waiting?' });
    await ask.execute(asked, ctx);
    expect(asked.last?.embeds?.[0]?.fields?.[0]?.name).toBe('1. Harbour report — ¶ 1 — port authority');
  });

  it('keeps the old index in service when the new corpus fails, and tells the admin why', async () => {
    const ctx = testContext(library);
    for (const name of Object.keys(DOCS)) await rm(join(dir, name));
    const interaction = chatInput('reload', {}, manager);
    await reload.execute(interaction, ctx);
    expect(interaction.last?.content).toMatch(
      /^Reload failed — still answering from the previous index \(2 documents, 4 passages, built <t:\d+:R>\)\.\nWhy: corpus: folder .+ — add UTF-8 \.txt or \.md documents to it$/,
    );
    const asked = chatInput('ask', { question: 'who sanctioned Fadavi?' });
    await ask.execute(asked, ctx);
    expect(asked.last?.embeds?.[0]?.fields?.[0]?.value).toContain('**Fadavi**');
  });

  it('answers questions asked while the new index is being built', async () => {
    const ctx = testContext(library);
    await writeFile(join(dir, 'harbour.txt'), NEW_DOC);
    let reloaded = false;
    const reloading = reload.execute(chatInput('reload', {}, manager), ctx).then(() => (reloaded = true));
    const during = chatInput('ask', { question: 'who sanctioned Fadavi?' });
    await ask.execute(during, ctx);
    expect(reloaded).toBe(false);
    await reloading;
    expect(during.last?.embeds?.[0]?.fields?.[0]?.value).toContain('**Fadavi**');
    expect(library.current.corpus.documents.map((d) => d.docId)).toContain('harbour.txt');
  });
});
