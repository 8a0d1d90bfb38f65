import { describe, expect, it } from 'vitest';
import { useE2E } from './harness.ts';

// Mentions share a per-channel cooldown; move the bot's clock past it so each test starts fresh.
const e2e = useE2E({ freshCooldowns: true });

describe('@mention', () => {
  it('replies to the message with compact cited results, pinging nobody', async () => {
    const user = e2e.discord.addUser('mentioner');
    const sent = e2e.discord.sendMessage({
      content: 'Why was Ali Fadavi sanctioned?',
      mentionsBot: true,
      user,
    });
    const reply = await sent.reply();
    expect(reply.replyTo).toBe(sent.message.id);
    expect(reply.content).toContain('Fadavi');
    expect(reply.content).toContain('sanctions.txt');
    expect(reply.content.length).toBeLessThanOrEqual(2000);
    expect(reply.pings).toEqual({ everyone: false, users: [], roles: [] });
  });

  it('does not ping @everyone echoed from the question', async () => {
    const sent = e2e.discord.sendMessage({ content: '@everyone wheat harvest', mentionsBot: true });
    const reply = await sent.reply();
    expect(reply.pings.everyone).toBe(false);
    expect(reply.allowedMentions).toMatchObject({ parse: [] });
  });

  it('answers a bare mention with a usage hint', async () => {
    const reply = await e2e.discord.sendMessage({ content: '', mentionsBot: true }).reply();
    expect(reply.content).toMatch(/Corpus Bot/);
    expect(reply.embeds).toEqual([]);
  });

  it('ignores messages that do not mention it', async () => {
    const chatter = e2e.discord.sendMessage({ content: 'wheat harvest is great this year' });
    // The gateway delivers in order, so once the later mention is answered the earlier message was handled too.
    await e2e.discord.sendMessage({ content: 'wheat harvest', mentionsBot: true }).reply();
    expect(chatter.replies()).toEqual([]);
  });

  it('asks the channel to slow down when mentions come too fast', async () => {
    await e2e.discord
      .sendMessage({ content: 'wheat', mentionsBot: true, user: e2e.discord.addUser('a') })
      .reply();
    const second = e2e.discord.sendMessage({
      content: 'barley',
      mentionsBot: true,
      user: e2e.discord.addUser('b'),
    });
    expect((await second.reply()).content).toMatch(/you can ask again in \d+ seconds?/);
  });
});
