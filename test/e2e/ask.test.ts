import { describe, expect, it, vi } from 'vitest';
import type { RecordedMessage } from '../../src/standin/index.ts';
import { useE2E } from './harness.ts';

const e2e = useE2E();

/** Everyone gets their own user, so the per-user cooldown of one test never leaks into another. */
const ask = (question: string, options: Record<string, string | number | boolean> = {}) =>
  e2e.discord.sendSlashCommand({
    name: 'ask',
    user: e2e.discord.addUser('asker'),
    options: { question, ...options },
  });

const fieldsText = (message: RecordedMessage): string =>
  JSON.stringify(message.embeds.flatMap((e) => (e.fields ?? []) as unknown[]));

describe('/ask', () => {
  it('answers in the channel with cited, bolded excerpts and the two buttons', async () => {
    const handle = ask('Why was Ali Fadavi sanctioned?');
    const reply = await handle.reply();
    expect(reply.ephemeral).toBe(false);
    expect(reply.embeds[0]?.title).toContain('Why was Ali Fadavi sanctioned?');
    expect(fieldsText(reply)).toContain('**Fadavi**');
    expect(fieldsText(reply)).toContain('sanctions.txt');
    const labels = reply.components.flatMap((row) =>
      (row.components as Array<{ label: string }>).map((b) => b.label),
    );
    expect(labels).toContain('Full passage');
    expect(e2e.discord.channelMessages()).toContainEqual(expect.objectContaining({ id: reply.id }));
  });

  it('answers only the asker when private is set', async () => {
    const reply = await ask('wheat harvest', { private: true }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.embeds[0]?.title).toContain('wheat harvest');
    expect(e2e.discord.channelMessages().map((m) => m.id)).not.toContain(reply.id);
  });

  it('says nothing answers instead of showing a random passage', async () => {
    const reply = await ask('What is the airspeed velocity of an unladen swallow?').reply();
    expect(reply.content).toMatch(/Nothing in the corpus answers/);
    expect(reply.embeds).toEqual([]);
    expect(reply.components).toEqual([]);
  });

  it('pages with More results and quotes the Full passage, privately for the presser', async () => {
    const presser = e2e.discord.addUser('presser');
    const first = await ask('wheat harvest', { results: 1 }).reply();
    const more = await e2e.discord.pressButton(first, 'More results', presser).reply();
    expect(more.ephemeral).toBe(true);
    expect(more.id).not.toBe(first.id);
    expect(more.embeds[0]?.footer).toEqual({ text: expect.stringMatching(/^Result 2\b/) });
    expect(fieldsText(more)).not.toBe(fieldsText(first));
    expect(e2e.discord.channelMessages().map((m) => m.id)).not.toContain(more.id);
    expect(e2e.discord.channelMessages(presser).map((m) => m.id)).toContain(more.id);

    const full = await e2e.discord.pressButton(first, 'Full passage', presser).reply();
    expect(full.ephemeral).toBe(true);
    expect(JSON.stringify(full.embeds)).toContain('record wheat harvest after a mild spring and steady rain');
  });

  it('echoes @everyone harmlessly: nobody is pinged', async () => {
    const reply = await ask('@everyone wheat harvest').reply();
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    expect(reply.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('asks a user who repeats too soon to wait, then answers once the cooldown has passed', async () => {
    const user = e2e.discord.addUser('impatient');
    const question = { question: 'wheat harvest' };
    await e2e.discord.sendSlashCommand({ name: 'ask', user, options: question }).reply();
    const wait = await e2e.discord.sendSlashCommand({ name: 'ask', user, options: question }).reply();
    expect(wait.ephemeral).toBe(true);
    expect(wait.content).toMatch(/you can ask again in \d+ seconds?/);
    e2e.advance(60);
    const again = await e2e.discord.sendSlashCommand({ name: 'ask', user, options: question }).reply();
    expect(again.embeds[0]?.title).toContain('wheat harvest');
  });

  it('defers within the 3-second deadline when the answer itself takes longer', async () => {
    const index = e2e.library.current.index;
    const search = index.search.bind(index);
    // The real search, made slower than Discord's deadline: a bot that searched before acknowledging would fail.
    const slow = vi.spyOn(index, 'search').mockImplementation((...args) => {
      const until = Date.now() + 3100;
      while (Date.now() < until);
      return search(...args);
    });
    try {
      const handle = ask('wheat harvest');
      const ack = await handle.ack();
      expect(ack.type).toBe(5);
      expect(ack.afterMs).toBeLessThan(3000);
      const reply = await handle.reply();
      expect(reply.embeds[0]?.title).toContain('wheat harvest');
      expect(reply.editedAt! - reply.createdAt).toBeGreaterThanOrEqual(3000);
    } finally {
      slow.mockRestore();
    }
  });

  it('retries a reply Discord rate-limited (429) and delivers it', async () => {
    const route = 'PATCH /webhooks/:app/:token/messages/:message';
    e2e.discord.rateLimitNext(route, 0.25);
    const handle = ask('wheat harvest');
    const reply = await handle.reply();
    expect(reply.embeds[0]?.title).toContain('wheat harvest');
    const token = handle.payload.token as string;
    const statuses = e2e.discord.recorder.requests
      .filter((r) => r.route === route && r.path.includes(token))
      .map((r) => r.status);
    expect(statuses).toEqual([429, 200]);
  });

  it('logged no failures', () => {
    expect(e2e.problems.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
