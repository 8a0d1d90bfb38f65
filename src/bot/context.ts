import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  RESTPostAPIChatInputApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { BotConfig } from '../config/config.ts';
import type { Library } from '../library/library.ts';
import { AskSessions } from './ask-sessions.ts';
import { Cooldowns } from './cooldown.ts';

/** What every handler works with: passed in, never global, so tests hand in their own. */
export interface BotContext {
  config: BotConfig;
  library: Library;
  logger: Logger;
  cooldowns: Cooldowns;
  askSessions: AskSessions;
}

/** Collaborators handed to {@link createBotContext} (and to `startBot`). */
export interface BotDeps {
  library: Library;
  logger: Logger;
  /** Milliseconds since the epoch, like `Date.now` (the default): drives cooldowns and button expiry. */
  clock?: () => number;
}

/** Builds a fresh context: cooldowns and `/ask` sessions start empty. */
export function createBotContext(config: BotConfig, deps: BotDeps): BotContext {
  const clock = deps.clock ?? Date.now;
  return {
    config,
    library: deps.library,
    logger: deps.logger,
    cooldowns: new Cooldowns(clock),
    askSessions: new AskSessions(clock),
  };
}

/**
 * A slash command module (`commands/<name>.ts`): the definition Discord registers and the handlers that run it.
 * Buttons whose `custom_id` starts with `<name>:` are routed to the command's `button` handler.
 */
export interface Command {
  data: { name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, ctx: BotContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: BotContext): Promise<void>;
  button?(interaction: ButtonInteraction, ctx: BotContext): Promise<void>;
}
