import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMessageHandler, questionFor } from '../../src/bot/mentions.ts';
import type { Library } from '../../src/library/library.ts';
import { BOT, message } from './fake-discord.ts';
import { memoryLogger, tempLibrary, testConfig, testContext } from './helpers.ts';

let library: Library;
let cleanup: () => Promise<void>;
beforeAll(async () => ({ library, cleanup } = await tempLibrary()));
afterAll(() => cleanup());

const mention = `<@${BOT.id}>`;

describe('questionFor', () => {
  it('strips the bot’s mention in either form, and other mention syntax', () => {
    expect(questionFor(`${mention} who sanctioned Fadavi?`, BOT.id)).toBe('who sanctioned Fadavi?');
    expect(
      questionFor(`hey <@!${BOT.id}>, oil <@&123456789012345678> exports <#123456789012345678>`, BOT.id),
    ).toBe('hey , oil exports');
    expect(questionFor(mention, BOT.id)).toBe('');
  });

  it('counts a mention of the bot’s managed role, and drops invisible characters', () => {
    const role = '700000000000000042';
    expect(questionFor(`<@&${role}> who sanctioned Fad\u200bavi?`, BOT.id, role)).toBe(
      'who sanctioned Fadavi?',
    );
    expect(questionFor(`<@&${role}> oil`, BOT.id)).toBeUndefined();
    expect(questionFor(`${mention} \u200b\u2060`, BOT.id)).toBe('');
  });

  it('ignores messages that do not mention the bot in their text', () => {
    expect(questionFor('@everyone who sanctioned Fadavi?', BOT.id)).toBeUndefined();
    expect(questionFor('<@123456789012345678> hi', BOT.id)).toBeUndefined();
  });
});

describe('createMessageHandler', () => {
  it('replies with compact cited excerpts under 2,000 characters, pinging nobody', async () => {
    const handle = createMessageHandler(testContext(library));
    const msg = message(`${mention} who sanctioned Fadavi? @everyone`);
    await handle(msg);
    expect(msg.replies).toHaveLength(1);
    const [reply] = msg.replies;
    expect(reply?.content).toMatch(
      /^\*\*1\.\*\* Western sanctions on IRGC commanders — ¶ 1 — iranintl\n> .*\*\*Fadavi\*\*/,
    );
    expect(reply?.content!.length).toBeLessThan(2000);
    expect(reply?.allowedMentions).toEqual({ parse: [], repliedUser: false });
  });

  it('answers a bare mention with a one-line usage hint', async () => {
    const msg = message(`  ${mention}  `);
    await createMessageHandler(testContext(library))(msg);
    expect(msg.replies[0]?.content).toBe(
      'Put your question after the mention — “@CorpusBot your question” — or use `/ask`.',
    );
  });

  it('says so when nothing answers the question', async () => {
    const msg = message(`${mention} Saudi Arabia football league`);
    await createMessageHandler(testContext(library))(msg);
    expect(msg.replies[0]?.content).toMatch(/^Nothing in the corpus answers that\./);
  });

  it('ignores bots, itself included, and messages that do not mention it', async () => {
    const handle = createMessageHandler(testContext(library));
    const fromBot = message(`${mention} who sanctioned Fadavi?`, { bot: true, authorId: BOT.id });
    const unrelated = message('who sanctioned Fadavi?');
    await handle(fromBot);
    await handle(unrelated);
    expect([...fromBot.replies, ...unrelated.replies]).toEqual([]);
  });

  it('ignores a message without text or author (discord.js leaves them null for a partial payload)', async () => {
    const { logger, lines } = memoryLogger();
    const handle = createMessageHandler(testContext(library, { logger }));
    const noText = message('');
    const noAuthor = message(`${mention} oil`);
    Object.assign(noText, { content: null });
    Object.assign(noAuthor, { author: null });
    await handle(noText);
    await handle(noAuthor);
    expect([...noText.replies, ...noAuthor.replies]).toEqual([]);
    expect(lines()).toEqual([]);
  });

  it('applies the user cooldown and the channel cooldown, with the seconds left', async () => {
    const config = testConfig({ ASK_COOLDOWN_SECONDS: '10', MENTION_CHANNEL_COOLDOWN_SECONDS: '3' });
    const ctx = testContext(library, { config });
    const handle = createMessageHandler(ctx);
    await handle(message(`${mention} oil exports`));
    const otherUserSameChannel = message(`${mention} oil exports`, { authorId: '200000000000000002' });
    await handle(otherUserSameChannel);
    expect(otherUserSameChannel.replies[0]?.content).toBe('One moment — you can ask again in 3 seconds.');
    ctx.advance(3);
    const sameUser = message(`${mention} oil exports`);
    await handle(sameUser);
    expect(sameUser.replies[0]?.content).toBe('One moment — you can ask again in 7 seconds.');
    const otherUserLater = message(`${mention} oil exports`, { authorId: '200000000000000002' });
    await handle(otherUserLater);
    expect(otherUserLater.replies[0]?.content).toMatch(/^\*\*1\.\*\* /);
  });

  it('logs a failure with "mention" as the command and tells the user', async () => {
    const { logger, lines } = memoryLogger();
    const handle = createMessageHandler(testContext(library, { logger }));
    const msg = message(`${mention} oil exports`);
    let calls = 0;
    const reply = msg.reply.bind(msg);
    msg.reply = (async (body: Parameters<typeof reply>[0]) => {
      if (calls++ === 0) throw new Error('network down');
      return reply(body);
    }) as typeof msg.reply;
    await handle(msg);
    expect(msg.replies[0]?.content).toBe(
      'Something went wrong while answering. Please try again in a moment.',
    );
    expect(lines()).toContainEqual(expect.objectContaining({ command: 'mention', msg: 'command failed' }));
  });
});
