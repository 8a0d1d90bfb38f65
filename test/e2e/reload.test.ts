import { rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';

const e2e = useE2E();

describe('/reload', () => {
  it('shows an admin what changed, and the next /ask finds the new document', async () => {
    const question = { question: 'When did the volcano erupt?' };
    const before = await e2e.discord
      .sendSlashCommand({ name: 'ask', user: e2e.discord.addUser('early'), options: question })
      .reply();
    expect(before.content).toMatch(/Nothing in the corpus answers/);

    await writeFile(
      join(e2e.seedsDir, 'volcano.txt'),
      'Volcano bulletin\n\nThe volcano erupted at dawn on Tuesday, covering the villages below in ash.\n',
    );
    const report = await e2e.discord
      .sendSlashCommand({ name: 'reload', user: e2e.discord.users.admin })
      .reply();
    expect(report.ephemeral).toBe(true);
    const text = JSON.stringify(report.embeds);
    expect(text).toContain('volcano.txt');
    expect(text).toContain('Documents: 3 → 4');

    const after = await e2e.discord
      .sendSlashCommand({ name: 'ask', user: e2e.discord.addUser('late'), options: question })
      .reply();
    expect(JSON.stringify(after.embeds)).toContain('**erupted**');
  });

  it('is hidden from members by default and refused when a server override shows it anyway', async () => {
    const member = e2e.discord.users.member;
    expect(() => e2e.discord.sendSlashCommand({ name: 'reload', user: member })).toThrow(
      /does not show \/reload/,
    );
    const refused = await e2e.discord
      .sendSlashCommand({ name: 'reload', user: member, serverOverride: true })
      .reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Only server admins can reload/);
  });

  it('answers questions asked while a reload runs', async () => {
    const reload = e2e.discord.sendSlashCommand({ name: 'reload', user: e2e.discord.users.admin });
    const ask = e2e.discord.sendSlashCommand({
      name: 'ask',
      user: e2e.discord.addUser('during'),
      options: { question: 'wheat harvest' },
    });
    const [report, answer] = await Promise.all([reload.reply(), ask.reply()]);
    expect(JSON.stringify(report.embeds)).toContain('No document was added, removed or changed.');
    expect(answer.embeds[0]?.title).toContain('wheat harvest');
  });

  it('keeps the old index in service when the new corpus cannot be loaded, and tells the admin why', async () => {
    await rm(e2e.seedsDir, { recursive: true });
    const failed = await e2e.discord
      .sendSlashCommand({ name: 'reload', user: e2e.discord.users.admin })
      .reply();
    expect(failed.ephemeral).toBe(true);
    expect(failed.content).toMatch(/^Reload failed — still answering from the previous index \(4 documents/);
    expect(failed.content).toContain(e2e.seedsDir);
    const still = await e2e.discord
      .sendSlashCommand({
        name: 'ask',
        user: e2e.discord.addUser('after'),
        options: { question: 'wheat harvest' },
      })
      .reply();
    expect(still.embeds[0]?.title).toContain('wheat harvest');
  });
});
