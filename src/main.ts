import type { Logger } from 'pino';
import { startBot } from './bot/start.ts';
import { explainGatewayClose, explainStartupError } from './bot/startup-errors.ts';
import { hasDiscordToken, parseConfig } from './config/config.ts';
import { readEnv } from './config/env.ts';
import { Library } from './library/library.ts';
import { createLogger } from './log/logger.ts';
import { runPlayground } from './playground/run.ts';

/**
 * `npm start`: validate the configuration, index the corpus (the Library logs its size and build time), then log
 * in to Discord. Any problem an admin can fix is printed as one plain message and the process exits with 1.
 */
async function main(): Promise<void> {
  let logger: Logger | undefined;
  try {
    const env = readEnv();
    // No token at all: a newcomer's first run. Chat with the real bot on a local Discord instead of failing.
    if (!hasDiscordToken(env)) return await runPlayground(env);
    const config = parseConfig(env);
    logger = createLogger({ level: config.logLevel });
    keepRunningOnStrayRejections(logger);
    const library = await Library.open(config.seedsDir, { logger });
    const bot = await startBot(config, { library, logger });
    handleShutdown(bot.stop, logger);
    // Runs until stopped by a signal, unless Discord ends the session for good (a token reset mid-run): then a
    // silent exit 0 would keep a service manager from restarting it, so say why and exit 1.
    const closed = await bot.disconnected;
    console.error(explainGatewayClose(closed));
    await bot.stop();
    await exit(1, logger);
  } catch (error) {
    const explained = explainStartupError(error);
    if (explained === undefined) logger?.fatal({ err: error }, 'start-up failed');
    console.error(explained ?? `Start-up failed: ${(error as Error).message}`);
    await exit(1, logger);
  }
}

/** Ctrl-C and service managers: disconnect cleanly, write out buffered logs, exit 0. */
function handleShutdown(stop: () => Promise<void>, logger: Logger): void {
  const shutdown = async (signal: NodeJS.Signals) => {
    logger.info({ signal }, 'shutting down');
    await stop().catch((error: unknown) => logger.warn({ err: error }, 'error while disconnecting'));
    await exit(0, logger);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

/**
 * A stray rejection (say, discord.js failing on an odd gateway payload) must not take the bot down: log it and
 * carry on. Installed before logging in, since events can arrive while `startBot` is still resolving.
 */
function keepRunningOnStrayRejections(logger: Logger): void {
  process.on('unhandledRejection', (reason) => logger.error({ err: reason }, 'unhandled rejection'));
}

/** Exits once the logger's asynchronous buffer has reached stderr. */
async function exit(code: number, logger: Logger | undefined): Promise<never> {
  if (logger) await new Promise<void>((resolve) => logger.flush(() => resolve()));
  process.exit(code);
}

await main();
