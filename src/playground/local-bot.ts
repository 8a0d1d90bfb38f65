import type { Logger } from 'pino';
import { deployCommands } from '../bot/deploy.ts';
import { startBot, type RunningBot } from '../bot/start.ts';
import { parseConfig, type BotConfig, type Env } from '../config/config.ts';
import { Library } from '../library/library.ts';
import { startStandin, type Standin, type StandinOptions } from '../standin/index.ts';

/** The real bot connected to a local Discord. */
export interface LocalBot {
  discord: Standin;
  bot: RunningBot;
  library: Library;
  config: BotConfig;
  /** Stops the bot, then the local Discord (freeing its port). */
  stop(): Promise<void>;
}

/** Options for {@link startLocalBot}. */
export interface LocalBotOptions {
  /** The environment (`.env` included) minus Discord credentials: seeds folder, cooldowns, admin ids, log level. */
  env: Env;
  logger: Logger;
  /** Where the index cache goes (the Library's default when omitted). */
  cacheDir?: string;
  /** Passed to the bot, so tests can move time for cooldowns. */
  clock?: () => number;
  standin?: StandinOptions;
}

/**
 * Starts a local Discord and the real bot against it through the same path as `npm start` — validated config,
 * `Library.open`, `startBot` — after registering the commands the way `npm run deploy` does. Used by the
 * playground and the end-to-end tests, so both exercise exactly what runs on Discord.
 *
 * @example
 * const local = await startLocalBot({ env: { SEEDS_DIR: 'seeds/' }, logger });
 * const answer = await local.discord.sendSlashCommand({ name: 'ask', options: { question: 'who?' } }).reply();
 */
export async function startLocalBot(opts: LocalBotOptions): Promise<LocalBot> {
  const discord = await startStandin(opts.standin);
  try {
    const config = parseConfig({
      ...opts.env,
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.bot.id,
      DISCORD_GUILD_ID: discord.world.guildId,
      DISCORD_API_BASE: discord.apiBase,
    });
    const library = await Library.open(config.seedsDir, {
      logger: opts.logger,
      ...(opts.cacheDir !== undefined && { cacheDir: opts.cacheDir }),
    });
    await deployCommands(config);
    const bot = await startBot(config, {
      library,
      logger: opts.logger,
      ...(opts.clock !== undefined && { clock: opts.clock }),
    });
    return {
      discord,
      bot,
      library,
      config,
      stop: async () => {
        await bot.stop();
        await discord.close();
      },
    };
  } catch (error) {
    await discord.close();
    throw error;
  }
}
