import { pathToFileURL } from 'node:url';
import { REST, Routes } from 'discord.js';
import { commands } from '../../commands/index.ts';
import { parseConfig, type BotConfig } from '../config/config.ts';
import { readEnv } from '../config/env.ts';
import { explainStartupError } from './startup-errors.ts';

/** Where commands were registered. */
export interface DeployResult {
  scope: 'guild' | 'global';
  names: string[];
}

/**
 * Registers every command of `commands/index.ts` with Discord, replacing what was registered before: in the
 * development server `DISCORD_GUILD_ID` when set (instant), otherwise globally. Honours `DISCORD_API_BASE`.
 *
 * @example
 * const { scope } = await deployCommands(parseConfig(readEnv()));
 */
export async function deployCommands(
  config: Pick<BotConfig, 'token' | 'clientId' | 'guildId' | 'apiBase'>,
): Promise<DeployResult> {
  const rest = new REST(config.apiBase === undefined ? {} : { api: config.apiBase }).setToken(config.token);
  const route =
    config.guildId === undefined
      ? Routes.applicationCommands(config.clientId)
      : Routes.applicationGuildCommands(config.clientId, config.guildId);
  await rest.put(route, { body: commands.map((c) => c.data.toJSON()) });
  return {
    scope: config.guildId === undefined ? 'global' : 'guild',
    names: commands.map((c) => c.data.name),
  };
}

async function main(): Promise<void> {
  try {
    const config = parseConfig(readEnv());
    const { scope, names } = await deployCommands(config);
    const list = names.map((n) => `/${n}`).join(', ');
    console.log(
      scope === 'guild'
        ? `Registered ${list} in server ${config.guildId} (DISCORD_GUILD_ID): they are usable there now.`
        : `Registered ${list} globally, for every server the bot is in (Discord may take a few minutes to show them). Set DISCORD_GUILD_ID to register in one server instantly while developing.`,
    );
  } catch (error) {
    const explained = explainStartupError(error);
    console.error(explained ?? `Could not register the commands: ${(error as Error).message}`);
    process.exitCode = 1;
  }
}

// Run only as `npm run deploy`, not when imported (tests and the local Discord call deployCommands directly).
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
