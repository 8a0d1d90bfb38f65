import { MessageFlags, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { BotContext } from '../src/bot/context.ts';
import { renderHelp } from '../src/render/notices.ts';

/** `/help`: what the bot does and how to use it. */
export const data = new SlashCommandBuilder().setName('help').setDescription('What I do and how to ask me');

/** Explains the commands and mentions, privately. */
export async function execute(interaction: ChatInputCommandInteraction, _ctx: BotContext): Promise<void> {
  await interaction.reply({ ...renderHelp(interaction.client.user.username), flags: MessageFlags.Ephemeral });
}
