import type { Message } from 'discord.js';
import { renderMentionAnswer, renderMentionNothingFound, renderMentionUsage } from '../render/mention.ts';
import { renderCooldown, renderSomethingWentWrong } from '../render/notices.ts';
import type { BotContext } from './context.ts';
import { askCooldownKey } from './cooldown.ts';
import { cleanQuestion } from './question.ts';
import { refusalOf } from './refusals.ts';

/** Results in a mention reply: compact, so a chat answer stays short. */
const MENTION_RESULTS = 3;

/** Any user, role or channel mention: `<@123>`, `<@!123>`, `<@&123>`, `<#123>`. Noise for a search. */
const MENTION_SYNTAX = /<(?:@[!&]?|#)\d+>/g;

/**
 * The question in a message that mentions the bot, with mention syntax stripped; `undefined` when the message does
 * not mention the bot in its text (a reply that merely pings it, `@everyone`, or another user). A mention of the
 * bot's own managed role counts: Discord suggests it next to the bot when people type `@`, and many pick it.
 *
 * @example
 * questionFor('<@123> who sanctioned Fadavi?', '123') // 'who sanctioned Fadavi?'
 */
export function questionFor(content: string, botId: string, botRoleId?: string): string | undefined {
  const forms = [`<@${botId}>`, `<@!${botId}>`, ...(botRoleId === undefined ? [] : [`<@&${botRoleId}>`])];
  if (!forms.some((form) => content.includes(form))) return undefined;
  return cleanQuestion(content.replace(MENTION_SYNTAX, ' '));
}

/**
 * Answers messages that @mention the bot with a reply holding the top results in compact form. Ignores bots
 * (itself included); a mention with no question gets a one-line usage hint. Cooldowns: per user (shared with
 * `/ask`) and per channel. Failures are logged and answered with "Something went wrong" — except Discord refusing
 * the reply (permissions, a deleted message), which would refuse that too and is only logged; none escape.
 */
export function createMessageHandler(ctx: BotContext): (message: Message) => Promise<void> {
  return async (message) => {
    try {
      await answerMention(message, ctx);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal !== undefined) {
        // Not a bug, and a "Something went wrong" reply would be refused the same way: say why in the log.
        const where = { command: 'mention', message: message.id, channel: message.channelId };
        ctx.logger[refusal.level](where, `could not answer a mention: ${refusal.reason}`);
        return;
      }
      ctx.logger.error({ err: error, command: 'mention', message: message.id }, 'command failed');
      await message.reply(renderSomethingWentWrong()).catch((replyError: unknown) => {
        ctx.logger.warn({ err: replyError, command: 'mention' }, 'could not tell the user a command failed');
      });
    }
  };
}

async function answerMention(message: Message, ctx: BotContext): Promise<void> {
  const me = message.client.user;
  // discord.js leaves `author` and `content` null when the payload lacks them, whatever its typings say.
  const { author, content } = message as { author: Message['author'] | null; content: string | null };
  if (author === null || author.bot || content === null) return;
  const question = questionFor(content, me.id, message.guild?.roles.botRoleFor(me)?.id);
  if (question === undefined) return;
  if (question === '') {
    await message.reply(renderMentionUsage(me.username));
    return;
  }
  const userKey = askCooldownKey(author.id);
  const channelKey = `mention-channel:${message.channelId}`;
  const wait = Math.max(ctx.cooldowns.secondsLeft(userKey), ctx.cooldowns.secondsLeft(channelKey));
  if (wait > 0) {
    await message.reply(renderCooldown(wait));
    return;
  }
  ctx.cooldowns.start(userKey, ctx.config.askCooldownSeconds);
  ctx.cooldowns.start(channelKey, ctx.config.mentionChannelCooldownSeconds);
  const results = ctx.library.current.index.search(question, { limit: MENTION_RESULTS });
  await message.reply(results.length > 0 ? renderMentionAnswer(results) : renderMentionNothingFound());
}
