import { MessageFlags, type Interaction } from 'discord.js';
import type { Logger } from 'pino';
import { renderButtonExpired, renderSomethingWentWrong, renderUnknownCommand } from '../render/notices.ts';
import type { BotContext, Command } from './context.ts';

/**
 * Routes every interaction to its command — slash commands and autocomplete by name, buttons by the `<name>:`
 * prefix of their `custom_id` — inside one try/catch: a failure is logged with the command's name and the user
 * gets "Something went wrong" (privately, unless the reply was already deferred in public); the process keeps
 * running.
 */
export function createInteractionHandler(
  commands: readonly Command[],
  ctx: BotContext,
): (interaction: Interaction) => Promise<void> {
  const byName = new Map(commands.map((c) => [c.data.name, c]));
  return async (interaction) => {
    const name = commandNameOf(interaction);
    const command = name === undefined ? undefined : byName.get(name);
    if (command === undefined) {
      // A command removed from the code but still registered with Discord, or a button on a message an older
      // version of the bot sent: answer anyway, or Discord shows the user "This interaction failed".
      ctx.logger.warn({ command: name, interaction: interaction.id }, 'interaction for an unknown command');
      await answerUnknown(interaction, ctx.logger);
      return;
    }
    ctx.logger.debug(
      { command: name, interaction: interaction.id, user: interaction.user.id },
      'interaction',
    );
    try {
      if (interaction.isChatInputCommand()) await command.execute(interaction, ctx);
      else if (interaction.isAutocomplete()) await command.autocomplete?.(interaction, ctx);
      else if (interaction.isButton()) await command.button?.(interaction, ctx);
    } catch (error) {
      ctx.logger.error({ err: error, command: name, interaction: interaction.id }, 'command failed');
      await tellUserItFailed(interaction, ctx.logger, name);
    }
  };
}

function commandNameOf(interaction: Interaction): string | undefined {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) return interaction.commandName;
  if (interaction.isButton()) return interaction.customId.split(':')[0];
  return undefined;
}

/** A private "no longer available" (buttons: "expired"); no choices for autocomplete. Failures are only logged. */
async function answerUnknown(interaction: Interaction, logger: Logger): Promise<void> {
  try {
    if (interaction.isAutocomplete()) await interaction.respond([]);
    else if (interaction.isButton())
      await interaction.reply({ ...renderButtonExpired(), flags: MessageFlags.Ephemeral });
    else if (interaction.isRepliable())
      await interaction.reply({ ...renderUnknownCommand(), flags: MessageFlags.Ephemeral });
  } catch (error) {
    logger.warn({ err: error }, 'could not answer an interaction for an unknown command');
  }
}

/** Answers in whatever way the interaction's state still allows; a failure here is only logged. */
async function tellUserItFailed(
  interaction: Interaction,
  logger: Logger,
  command: string | undefined,
): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const message = { ...renderSomethingWentWrong(), flags: MessageFlags.Ephemeral } as const;
    // A deferred reply is edited, replacing "thinking…" (its visibility was fixed when it was deferred).
    if (interaction.deferred && !interaction.replied) await interaction.editReply(renderSomethingWentWrong());
    else if (interaction.replied) await interaction.followUp(message);
    else await interaction.reply(message);
  } catch (error) {
    logger.warn({ err: error, command }, 'could not tell the user a command failed');
  }
}
