import { describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';

const e2e = useE2E();

describe('/source', () => {
  it('suggests documents for what the user typed and quotes the chosen paragraph in full', async () => {
    const choices = await e2e.discord
      .autocomplete({ name: 'source', focused: 'document', value: 'harv' })
      .choices();
    expect(choices[0]?.name).toMatch(/Harvest report/);
    expect(choices.length).toBeLessThanOrEqual(25);
    const reply = await e2e.discord
      .sendSlashCommand({ name: 'source', options: { document: choices[0]!.value, paragraph: 2 } })
      .reply();
    const text = JSON.stringify(reply.embeds);
    expect(text).toContain('Barley yields were lower because of a late frost in the northern fields.');
    expect(text).toContain('Harvest report');
  });

  it('offers the documents for an empty field', async () => {
    const choices = await e2e.discord
      .autocomplete({ name: 'source', focused: 'document', value: '' })
      .choices();
    expect(choices.length).toBe(3);
  });

  it('shows a document outline without a paragraph number', async () => {
    const choices = await e2e.discord
      .autocomplete({ name: 'source', focused: 'document', value: 'ship' })
      .choices();
    const reply = await e2e.discord
      .sendSlashCommand({ name: 'source', options: { document: choices[0]!.value } })
      .reply();
    expect(reply.embeds[0]?.title).toContain('Shipping news');
  });
});

describe('/sources', () => {
  it('lists every document with its passage count', async () => {
    const reply = await e2e.discord.sendSlashCommand({ name: 'sources' }).reply();
    const text = JSON.stringify(reply.embeds);
    for (const title of ['Western sanctions on Iranian commanders', 'Harvest report', 'Shipping news']) {
      expect(text).toContain(title);
    }
    expect(text).toMatch(/4 passages/);
  });
});

describe('/help', () => {
  it('explains the commands and how to mention the bot', async () => {
    const reply = await e2e.discord.sendSlashCommand({ name: 'help' }).reply();
    const text = JSON.stringify(reply.embeds);
    for (const command of ['/ask', '/source', '/sources', '/reload']) expect(text).toContain(command);
    expect(text).toContain('@Corpus Bot');
  });
});
