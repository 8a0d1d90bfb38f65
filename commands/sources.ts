import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.ts';
import { renderSources } from '../src/render/sources.ts';

/** `/sources`: what the bot answers from. */
export const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the documents I answer from, and when the index was built');

/** Lists the documents privately, so a curious user does not fill the channel with a long list. */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  const { corpus, builtAt, buildMs } = ctx.library.current;
  const summary = { documents: corpus.documents, passageCount: corpus.passages.length, builtAt, buildMs };
  await interaction.reply({ ...renderSources(summary), flags: MessageFlags.Ephemeral });
}
