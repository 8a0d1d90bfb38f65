import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { BotContext } from '../src/bot/context.ts';
import type { ReloadReport } from '../src/library/library.ts';
import { isReloadAdmin, requesterOf } from '../src/bot/permissions.ts';
import { renderNotAdmin } from '../src/render/notices.ts';
import { renderReloadFailure, renderReloadReport } from '../src/render/reload.ts';

/** `/reload`: admins re-read the documents. Hidden from members without Manage Server by default. */
export const data = new SlashCommandBuilder()
  .setName('reload')
  .setDescription('Admins: re-read the documents and rebuild the index')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild);

/**
 * Rebuilds the index and reports what changed, privately. Questions keep being answered from the old index while
 * the new one builds; if the new corpus cannot be loaded the old index stays and the admin is told why.
 */
export async function execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void> {
  if (!isReloadAdmin(requesterOf(interaction), ctx.config)) {
    await interaction.reply({ ...renderNotAdmin(), flags: MessageFlags.Ephemeral });
    return;
  }
  // Re-reading a folder and indexing it takes longer than the 3-second deadline allows for a direct reply.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  let report: ReloadReport;
  try {
    report = await ctx.library.reload();
  } catch (error) {
    ctx.logger.warn(
      { err: error, user: interaction.user.id },
      'reload failed; previous index still in service',
    );
    const { corpus, builtAt } = ctx.library.current;
    const current = { documents: corpus.documents.length, passages: corpus.passages.length, builtAt };
    await interaction.editReply(renderReloadFailure((error as Error).message, current));
    return;
  }
  await interaction.editReply(renderReloadReport(report));
}
