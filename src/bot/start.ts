import { Client, Events, GatewayIntentBits } from 'discord.js';
import { commands } from '../../commands/index.ts';
import type { BotConfig } from '../config/config.ts';
import { NO_PINGS } from '../render/payload.ts';
import { createBotContext, type BotDeps } from './context.ts';
import { createInteractionHandler } from './dispatch.ts';
import { createMessageHandler } from './mentions.ts';

/** A logged-in bot. */
export interface RunningBot {
  client: Client<true>;
  /** Logs out and closes the connection; the bot answers nothing afterwards. */
  stop(): Promise<void>;
}

/**
 * Logs the bot in and answers commands and mentions from `deps.library` until `stop()`.
 * Builds nothing itself: the caller opens the Library first, so a bad corpus fails before connecting.
 * Resolves once the client is ready (logged in, servers received); rejects, with the client destroyed, when
 * Discord refuses the login (invalid token, Message Content intent not enabled).
 *
 * @example
 * const bot = await startBot(config, { library, logger });
 * process.once('SIGTERM', () => bot.stop());
 */
export async function startBot(config: BotConfig, deps: BotDeps): Promise<RunningBot> {
  const ctx = createBotContext(config, deps);
  const { logger } = deps;
  const client = new Client({
    // Only what slash commands and mentions need; MessageContent must be enabled in the Developer Portal.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    // A default for every message the client sends; each payload also sets it explicitly.
    allowedMentions: NO_PINGS,
    ...(config.apiBase === undefined ? {} : { rest: { api: config.apiBase } }),
  });
  // Listeners go on before login so not a single event is missed.
  client.on(Events.InteractionCreate, createInteractionHandler(commands, ctx));
  client.on(Events.MessageCreate, createMessageHandler(ctx));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardDisconnect, (event) => logger.warn({ code: event.code }, 'gateway disconnected'));
  client.on(Events.ShardReconnecting, () => logger.info('gateway reconnecting'));
  client.on(Events.ShardResume, () => logger.info('gateway resumed'));
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(config.token);
    const readyClient = await ready;
    logger.info({ user: readyClient.user.tag, guilds: readyClient.guilds.cache.size }, 'bot ready');
    return {
      client: readyClient,
      stop: async () => {
        await client.destroy();
      },
    };
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
