import { DiscordAPIError } from 'discord.js';

/** Why Discord refused to post a message, when the cause is the server's setup or the user, not a bug. */
export interface Refusal {
  /** `warn` when an admin can fix it (permissions), `info` when nothing needs fixing. */
  level: 'warn' | 'info';
  reason: string;
}

/** Discord's JSON error codes for refusals, and what a server admin should read in the log. */
const REFUSALS: Record<number, Refusal> = {
  50001: { level: 'warn', reason: 'the bot cannot see this channel: give it View Channel there' },
  50013: {
    level: 'warn',
    reason:
      'the bot lacks a permission in this channel: give it Send Messages and Read Message History there',
  },
  160002: {
    level: 'warn',
    reason: 'the bot cannot reply without Read Message History: give it that permission in this channel',
  },
  10003: { level: 'info', reason: 'the channel was deleted before the answer was sent' },
  10008: { level: 'info', reason: 'the message was deleted before the answer was sent' },
};

/**
 * Explains a REST error that another attempt could not fix — missing permissions, a deleted channel or message —
 * or returns undefined for anything else (a bug, or trouble worth an error log).
 *
 * @example
 * refusalOf(error)?.reason // 'the bot lacks a permission in this channel: …'
 */
export function refusalOf(error: unknown): Refusal | undefined {
  if (!(error instanceof DiscordAPIError)) return undefined;
  if (typeof error.code === 'number' && REFUSALS[error.code]) return REFUSALS[error.code];
  // Replying to a message deleted meanwhile: 50035 Invalid Form Body, blaming message_reference.
  const errors = (error.rawError as { errors?: Record<string, unknown> }).errors;
  if (error.code === 50035 && errors?.message_reference !== undefined) return REFUSALS[10008];
  return undefined;
}
