import { DiscordAPIError } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { refusalOf } from '../../src/bot/refusals.ts';

type ErrorBody = ConstructorParameters<typeof DiscordAPIError>[0];

/** A REST error as @discordjs/rest rejects with it. */
const apiError = (code: number, errors?: Record<string, unknown>) =>
  new DiscordAPIError(
    { code, message: 'refused', ...(errors && { errors }) } as ErrorBody,
    code,
    code === 50013 ? 403 : 400,
    'POST',
    '/channels/1/messages',
    { body: {}, files: undefined },
  );

describe('refusalOf', () => {
  it('names the permission an admin should give for 50001, 50013 and 160002', () => {
    expect(refusalOf(apiError(50013))).toEqual({
      level: 'warn',
      reason: expect.stringMatching(/Send Messages/),
    });
    expect(refusalOf(apiError(50001))?.reason).toMatch(/View Channel/);
    expect(refusalOf(apiError(160002))?.reason).toMatch(/Read Message History/);
  });

  it('treats a reply to a message deleted meanwhile as nothing to fix', () => {
    const deleted = apiError(50035, {
      message_reference: { _errors: [{ code: 'MESSAGE_REFERENCE_UNKNOWN_MESSAGE' }] },
    });
    expect(refusalOf(deleted)).toEqual({ level: 'info', reason: expect.stringMatching(/deleted/) });
  });

  it('leaves anything else to the caller: other form errors, other codes, plain errors', () => {
    expect(refusalOf(apiError(50035, { content: { _errors: [] } }))).toBeUndefined();
    expect(refusalOf(apiError(50006))).toBeUndefined();
    expect(refusalOf(new Error('boom'))).toBeUndefined();
  });
});
