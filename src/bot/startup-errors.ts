import { DiscordAPIError, DiscordjsErrorCodes } from 'discord.js';
import { ConfigError } from '../config/config.ts';
import { CorpusError } from '../corpus/errors.ts';

const PORTAL = 'https://discord.com/developers/applications';
const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);

/**
 * A start-up failure an admin can fix, explained in plain words (no stack trace); `undefined` for anything else,
 * which is a bug and deserves its stack.
 */
export function explainStartupError(error: unknown): string | undefined {
  if (error instanceof ConfigError || error instanceof CorpusError) return error.message;
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  // Gateway close codes 4004 and 4014 reach login() as plain Errors from @discordjs/ws, told apart by message.
  if (
    code === DiscordjsErrorCodes.TokenInvalid ||
    message === 'Authentication failed' ||
    (error instanceof DiscordAPIError && error.status === 401)
  ) {
    return `Discord rejected DISCORD_TOKEN. Reset the token at ${PORTAL} → your application → Bot → Reset Token, and put the new one in .env.`;
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents || message === 'Used disallowed intents') {
    return `Discord refused the Message Content intent. Turn on "Message Content Intent" at ${PORTAL} → your application → Bot → Privileged Gateway Intents, then start again.`;
  }
  if (error instanceof DiscordAPIError && error.code === 50001) {
    return 'Discord says the bot has no access to DISCORD_GUILD_ID: invite it to that server with the applications.commands scope (see README), or leave DISCORD_GUILD_ID empty to register globally.';
  }
  if (typeof code === 'string' && NETWORK_ERRORS.has(code)) {
    return `Cannot reach Discord (${code}). Check the network connection, and DISCORD_API_BASE if it is set.`;
  }
  return undefined;
}
