import { describe, expect, it } from 'vitest';
import type { RecordedMessage } from '../../src/standin/index.ts';
import { useE2E } from './harness.ts';

/**
 * What real Discord sends besides the plain text-channel case: other channel types, DMs, a server that installed
 * only the commands, mentions written the other ways Discord's client writes them, stale or forged buttons, a
 * question deleted before the answer, and a bot without Send Messages.
 */

// Questions share per-user and per-channel cooldowns; move the bot's clock past them so each test starts fresh.
const e2e = useE2E({ freshCooldowns: true });

const fieldsText = (message: RecordedMessage): string => JSON.stringify(message.embeds);

describe('channels other than a text channel', () => {
  it.each(['thread', 'voice', 'announcement'] as const)(
    'answers /ask and a mention where they were asked: %s',
    async (place) => {
      const user = e2e.discord.addUser(`in-${place}`);
      const reply = await e2e.discord
        .sendSlashCommand({ name: 'ask', user, place, options: { question: 'wheat harvest' } })
        .reply();
      expect(reply.channelId).toBe(e2e.discord.world.channelIds[place]);
      expect(reply.embeds[0]?.title).toContain('wheat harvest');

      e2e.advance(60);
      const sent = e2e.discord.sendMessage({
        content: 'who was sanctioned?',
        mentionsBot: true,
        user,
        place,
      });
      const answer = await sent.reply();
      expect(answer.channelId).toBe(e2e.discord.world.channelIds[place]);
      expect(answer.content).toContain('Fadavi');
    },
  );

  it('answers a mention in a thread it was never told about', async () => {
    const sent = e2e.discord.sendMessage({
      content: 'who was sanctioned?',
      mentionsBot: true,
      place: 'unannounced-thread',
    });
    const answer = await sent.reply();
    expect(answer.channelId).toBe(e2e.discord.world.channelIds['unannounced-thread']);
    expect(answer.content).toContain('Fadavi');
  });
});

describe('direct messages (no server, `user` instead of `member`)', () => {
  it('answers /ask, /sources and /help', async () => {
    const user = e2e.discord.addUser('dm-asker');
    const send = (name: string, options = {}) =>
      e2e.discord.sendSlashCommand({ name, user, place: 'dm', options }).reply();
    expect((await send('ask', { question: 'wheat harvest' })).embeds[0]?.title).toContain('wheat harvest');
    expect(JSON.stringify((await send('sources')).embeds)).toContain('Harvest report');
    expect(JSON.stringify((await send('help')).embeds)).toContain('/ask');
  });

  it('refuses /reload politely to someone who is not a configured admin, and keeps the cooldown working', async () => {
    const user = e2e.discord.addUser('dm-reloader');
    const refused = await e2e.discord.sendSlashCommand({ name: 'reload', user, place: 'dm' }).reply();
    expect(refused.ephemeral).toBe(true);
    expect(refused.content).toMatch(/Only server admins/);

    const ask = () =>
      e2e.discord
        .sendSlashCommand({ name: 'ask', user, place: 'dm', options: { question: 'barley' } })
        .reply();
    await ask();
    expect((await ask()).content).toMatch(/you can ask again in \d+ seconds?/);
  });
});

describe('a server that added only the commands (no GUILD_CREATE: raw member, no cached guild)', () => {
  const place = 'commands-only-server' as const;

  it('answers /ask and /source autocomplete', async () => {
    const user = e2e.discord.addUser('elsewhere');
    const reply = await e2e.discord
      .sendSlashCommand({ name: 'ask', user, place, options: { question: 'wheat harvest' } })
      .reply();
    expect(reply.embeds[0]?.title).toContain('wheat harvest');
    const choices = await e2e.discord
      .autocomplete({ name: 'source', focused: 'document', value: '', user, place })
      .choices();
    expect(choices).toHaveLength(3);
  });

  it('lets a member with Manage Server reload and refuses one without', async () => {
    const member = e2e.discord.addUser('elsewhere-member');
    const refused = await e2e.discord
      .sendSlashCommand({ name: 'reload', user: member, place, serverOverride: true })
      .reply();
    expect(refused.content).toMatch(/Only server admins/);
    const admin = e2e.discord.addUser('elsewhere-admin', { admin: true });
    const done = await e2e.discord.sendSlashCommand({ name: 'reload', user: admin, place }).reply();
    expect(done.embeds[0]?.title).toMatch(/Reloaded/);
  });
});

describe('mentions as Discord writes them', () => {
  it('answers the legacy nickname form <@!id>', async () => {
    const sent = e2e.discord.sendMessage({
      content: 'who was sanctioned?',
      mentionsBot: true,
      mentionStyle: 'nickname',
    });
    expect((await sent.reply()).content).toContain('Fadavi');
  });

  it('answers a mention of its own managed role, which people pick from the suggestions by mistake', async () => {
    const sent = e2e.discord.sendMessage({
      content: 'who was sanctioned?',
      mentionsBot: true,
      mentionStyle: 'role',
    });
    const answer = await sent.reply();
    expect(answer.content).toContain('Fadavi');
    expect(answer.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('treats a mention followed only by invisible characters as a bare mention', async () => {
    const sent = e2e.discord.sendMessage({ content: '\u200b\u2060\ufeff', mentionsBot: true });
    expect((await sent.reply()).content).toMatch(/Put your question after the mention/);
  });

  it('finds a word a zero-width space was pasted into', async () => {
    const sent = e2e.discord.sendMessage({ content: 'Fad\u200bavi', mentionsBot: true });
    expect((await sent.reply()).content).toContain('sanctions.txt');
  });

  it('answers a 4,000-character (Nitro) message within the 2,000-character limit', async () => {
    const question = `Why was Ali Fadavi sanctioned? ${'Please explain in detail. '.repeat(200)}`.slice(
      0,
      3990,
    );
    const answer = await e2e.discord.sendMessage({ content: question, mentionsBot: true }).reply();
    expect(answer.content.length).toBeGreaterThan(0);
    expect(answer.content.length).toBeLessThanOrEqual(2000);
  });
});

describe('buttons and commands the bot does not know (any more)', () => {
  const first = () =>
    e2e.discord
      .sendSlashCommand({
        name: 'ask',
        user: e2e.discord.addUser('pager'),
        options: { question: 'wheat', results: 1 },
      })
      .reply();

  it('answers a button from an older version of the bot instead of leaving "This interaction failed"', async () => {
    const reply = await e2e.discord.pressCustomId(await first(), 'paginate:next:42').reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/expired/);
  });

  it('answers a command Discord still lists but the bot no longer has', async () => {
    const reply = await e2e.discord.sendSlashCommand({ name: 'define', options: { word: 'wheat' } }).reply();
    expect(reply.ephemeral).toBe(true);
    expect(reply.content).toMatch(/no longer available/);
  });

  it('starts a forged negative page at the first result', async () => {
    const message = await first();
    const session = (JSON.stringify(message.components).match(/ask:full:(\d+):/) ?? [])[1];
    const reply = await e2e.discord.pressCustomId(message, `ask:more:${session}:-7`).reply();
    expect(reply.embeds[0]?.footer).toEqual({ text: expect.stringMatching(/^Result 1\b/) });
  });

  it('says a button with a forged session has expired', async () => {
    const reply = await e2e.discord.pressCustomId(await first(), 'ask:more:1234:abc').reply();
    expect(reply.content).toMatch(/expired/);
  });

  it('answers a results count outside 1–5 (a stale registration) as the nearest allowed one', async () => {
    const reply = await e2e.discord
      .sendSlashCommand({
        name: 'ask',
        user: e2e.discord.addUser('zero'),
        options: { question: 'wheat harvest', results: 0 },
      })
      .reply();
    expect(reply.embeds[0]?.fields).toHaveLength(1);
  });
});

describe('a question deleted before the answer is sent', () => {
  it('gives up quietly: no error, no "Something went wrong" after it', async () => {
    e2e.advance(60);
    const sent = e2e.discord.sendMessage({
      content: 'wheat harvest',
      mentionsBot: true,
      user: e2e.discord.addUser('deleter'),
    });
    // Deleted before the bot's reply can arrive: the gateway delivers the message to the bot asynchronously.
    e2e.discord.deleteMessage(sent.message);
    const attempts = () =>
      e2e.discord.recorder.requests.filter(
        (r) =>
          r.route === 'POST /channels/:channel/messages' && JSON.stringify(r.body).includes(sent.message.id),
      );
    await e2e.discord.recorder.waitFor(
      () => attempts().length > 0,
      () => 'the bot to try to reply',
    );
    // Let a second attempt, if the bot made one, arrive before counting.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(attempts().map((r) => r.status)).toEqual([400]);
  });
});

// Last: the bot keeps this permission loss for the rest of the file.
describe('a bot without Send Messages in the channel', () => {
  it('logs a warning for the mention it could not answer, and keeps answering slash commands', async () => {
    e2e.discord.denyBot('SendMessages');
    const sent = e2e.discord.sendMessage({ content: 'wheat harvest', mentionsBot: true });
    const refused = () =>
      e2e.discord.recorder.requests.filter((r) => r.status === 403 && r.path.includes('/messages'));
    await e2e.discord.recorder.waitFor(
      () => refused().length > 0,
      () => 'the bot to try to reply',
    );
    // Slash commands answer through the interaction webhook, which needs no channel permission.
    const reply = await e2e.discord
      .sendSlashCommand({
        name: 'ask',
        user: e2e.discord.addUser('after-403'),
        options: { question: 'wheat harvest' },
      })
      .reply();
    expect(fieldsText(reply)).toContain('harvest');
    expect(sent.replies()).toEqual([]);
    // One attempt: no "Something went wrong" pushed into a channel it cannot write to.
    expect(refused()).toHaveLength(1);
    expect(e2e.problems.some((line) => /"level":40/.test(line) && /Send Messages/.test(line))).toBe(true);
  });
});

describe('logs', () => {
  it('logged no errors: every variant above is expected behaviour, not a bug', () => {
    expect(e2e.problems.filter((line) => line.includes('"level":50'))).toEqual([]);
  });
});
