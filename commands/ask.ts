import {
  MessageFlags,
  SlashCommandBuilder,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { AskSession } from '../src/bot/ask-sessions.ts';
import type { BotContext } from '../src/bot/context.ts';
import { askCooldownKey } from '../src/bot/cooldown.ts';
import { paragraphsOf } from '../src/bot/documents.ts';
import { cleanQuestion } from '../src/bot/question.ts';
import { renderAskPage, renderNothingFound } from '../src/render/ask.ts';
import { renderButtonExpired, renderCooldown } from '../src/render/notices.ts';
import type { MessagePayload } from '../src/render/payload.ts';
import { renderParagraph } from '../src/render/source.ts';

const DEFAULT_RESULTS = 3;
const MAX_RESULTS = 5;

/** `/ask question [results] [private]`: the passages that answer a question. */
export const data = new SlashCommandBuilder()
  .setName('ask')
  .setDescription('Answer a question from the documents, with cited excerpts')
  .addStringOption((o) =>
    o.setName('question').setDescription('What do you want to know?').setRequired(true).setMaxLength(500),
  )
  .addIntegerOption((o) =>
    o
      .setName('results')
      .setDescription(`How many passages to show (1–${MAX_RESULTS}, default ${DEFAULT_RESULTS})`)
      .setMinValue(1)
      .setMaxValue(MAX_RESULTS),
  )
  .addBooleanOption((o) => o.setName('private').setDescription('Only you see the answer'));

/** Answers `/ask`, remembering the question so the page's buttons can continue it. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const session: AskSession = {
    question: cleanQuestion(interaction.options.getString('question', true)),
    // Discord enforces 1–5, but a command registered by an older deploy may not have: never trust the range.
    limit: clamp(interaction.options.getInteger('results') ?? DEFAULT_RESULTS, 1, MAX_RESULTS),
  };
  const userKey = askCooldownKey(interaction.user.id);
  const wait = ctx.cooldowns.secondsLeft(userKey);
  if (wait > 0) {
    await interaction.reply({ ...renderCooldown(wait), flags: MessageFlags.Ephemeral });
    return;
  }
  ctx.cooldowns.start(userKey, ctx.config.askCooldownSeconds);
  // Search is synchronous, so no timer could fire while it runs: acknowledging first is the only way to be sure
  // the 3-second interaction deadline is met however large the corpus.
  await interaction.deferReply(
    interaction.options.getBoolean('private') ? { flags: MessageFlags.Ephemeral } : {},
  );
  ctx.askSessions.remember(interaction.id, session);
  await interaction.editReply(answerPage(ctx, interaction.id, session, 0));
}

/**
 * The **More results** (`ask:more:<session>:<offset>`) and **Full passage** (`ask:full:<session>:<offset>`)
 * buttons. The answer goes privately to whoever pressed, so paging does not fill the channel.
 */
export async function button(interaction: ButtonInteraction, ctx: BotContext): Promise<void> {
  const [, action, sessionId = '', offsetText] = interaction.customId.split(':');
  const session = ctx.askSessions.recall(sessionId);
  if (session === undefined) {
    await interaction.reply({ ...renderButtonExpired(), flags: MessageFlags.Ephemeral });
    return;
  }
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  // The custom_id comes back from the client: a forged or garbled offset starts at the first result.
  const offset = clamp(Number(offsetText), 0, Number.MAX_SAFE_INTEGER);
  const reply =
    action === 'full' ? fullPassage(ctx, session, offset) : answerPage(ctx, sessionId, session, offset);
  await interaction.editReply(reply);
}

/** One page of results; asks for one extra result to know whether a next page exists. */
function answerPage(ctx: BotContext, sessionId: string, session: AskSession, offset: number): MessagePayload {
  const found = ctx.library.current.index.search(session.question, { limit: session.limit + 1, offset });
  const results = found.slice(0, session.limit);
  if (results.length === 0) return renderNothingFound(session.question, { afterPage: offset > 0 });
  return renderAskPage({
    question: session.question,
    results,
    offset,
    moreId: found.length > session.limit ? `ask:more:${sessionId}:${offset + session.limit}` : undefined,
    fullId: `ask:full:${sessionId}:${offset}`,
  });
}

/** The whole paragraph of the page's first result. */
function fullPassage(ctx: BotContext, session: AskSession, offset: number): MessagePayload {
  // One snapshot for both the search and the paragraph, so a reload in between cannot mix corpora.
  const { index, corpus } = ctx.library.current;
  const [first] = index.search(session.question, { limit: 1, offset });
  const paragraph = first && paragraphsOf(corpus, first.docId).find((p) => p.passage === first.passage);
  // Gone since the page was shown (a reload dropped it): the button no longer points anywhere.
  return paragraph ? renderParagraph(paragraph) : renderButtonExpired();
}

/** `value` as a whole number within [min, max]; `min` for anything that is not a number. */
function clamp(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.floor(value))) : min;
}
