import { Client, Events, GatewayIntentBits, Partials } from 'discord.js';
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
  /**
   * Resolves with the gateway close code if Discord ends the session for good (say 4004 after a token reset):
   * discord.js does not reconnect then, so the caller should say why and exit rather than idle.
   */
  disconnected: Promise<number>;
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
    // Without it discord.js drops a message from a channel it has not cached (a thread it was not told about);
    // MESSAGE_CREATE carries the channel's type, which is all a reply needs.
    partials: [Partials.Channel],
    // A default for every message the client sends; each payload also sets it explicitly.
    allowedMentions: NO_PINGS,
    ...(config.apiBase === undefined ? {} : { rest: { api: config.apiBase } }),
  });
  // Listeners go on before login so not a single event is missed.
  client.on(Events.InteractionCreate, createInteractionHandler(commands, ctx));
  client.on(Events.MessageCreate, createMessageHandler(ctx));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.ShardError, (error) => logger.warn({ err: error }, 'gateway connection error'));
  // discord.js emits this only for close codes it will not reconnect after.
  const disconnected = new Promise<number>((resolve) =>
    client.on(Events.ShardDisconnect, (event) => {
      logger.error({ code: event.code }, 'gateway closed for good');
      resolve(event.code);
    }),
  );
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
      disconnected,
    };
  } catch (error) {
    await client.destroy();
    throw error;
  }
}
