import { DiscordAPIError, DiscordjsErrorCodes, GatewayCloseCodes } from 'discord.js';
import { ConfigError, PORTAL } from '../config/config.ts';
import { CorpusError } from '../corpus/errors.ts';

const NETWORK_ERRORS = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT']);
const TOKEN_REJECTED = `Discord rejected DISCORD_TOKEN. Reset the token at ${PORTAL} → your application → Bot → Reset Token, and put the new one in .env.`;
const INTENT_REFUSED = `Discord refused the Message Content intent. Turn on "Message Content Intent" at ${PORTAL} → your application → Bot → Privileged Gateway Intents, then start again.`;

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
    return TOKEN_REJECTED;
  }
  if (code === DiscordjsErrorCodes.DisallowedIntents || message === 'Used disallowed intents') {
    return INTENT_REFUSED;
  }
  if (error instanceof DiscordAPIError && error.code === 50001) {
    return 'Discord says the bot has no access to DISCORD_GUILD_ID: invite it to that server with the applications.commands scope (see README), or leave DISCORD_GUILD_ID empty to register globally.';
  }
  if (typeof code === 'string' && NETWORK_ERRORS.has(code)) {
    return `Cannot reach Discord (${code}). Check the network connection, and DISCORD_API_BASE if it is set.`;
  }
  return undefined;
}

/**
 * Why Discord ended a running bot's gateway session for good (a close code discord.js does not reconnect after),
 * in the same plain words as a failed start: a token reset or an intent switched off in the portal while it ran.
 */
export function explainGatewayClose(code: number): string {
  if (code === GatewayCloseCodes.AuthenticationFailed) return TOKEN_REJECTED;
  if (code === GatewayCloseCodes.DisallowedIntents) return INTENT_REFUSED;
  return `Discord closed the bot's connection for good (gateway close code ${code}), so it can no longer answer. Check the bot's settings at ${PORTAL}, then start it again.`;
}
