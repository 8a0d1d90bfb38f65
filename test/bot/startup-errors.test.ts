import { DiscordjsErrorCodes } from 'discord.js';
import { describe, expect, it } from 'vitest';
import { explainGatewayClose, explainStartupError } from '../../src/bot/startup-errors.ts';
import { ConfigError } from '../../src/config/config.ts';
import { CorpusError } from '../../src/corpus/errors.ts';

describe('explainStartupError', () => {
  it('passes configuration and corpus messages through as they are', () => {
    expect(explainStartupError(new ConfigError([{ key: 'LOG_LEVEL', message: 'bad' }]))).toContain(
      'LOG_LEVEL: bad',
    );
    expect(explainStartupError(new CorpusError('corpus: folder x does not exist'))).toBe(
      'corpus: folder x does not exist',
    );
  });

  it('explains a rejected token and a missing intent with where to fix them', () => {
    // discord.js's own error class is not constructible from outside: this is the shape login() rejects with.
    const invalidToken = Object.assign(new Error('An invalid token was provided.'), {
      code: DiscordjsErrorCodes.TokenInvalid,
    });
    expect(explainStartupError(invalidToken)).toMatch(/^Discord rejected DISCORD_TOKEN\./);
    expect(explainStartupError(new Error('Used disallowed intents'))).toMatch(/Message Content Intent/);
  });

  it('explains an unreachable Discord', () => {
    const error = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:9'), { code: 'ECONNREFUSED' });
    expect(explainStartupError(error)).toBe(
      'Cannot reach Discord (ECONNREFUSED). Check the network connection, and DISCORD_API_BASE if it is set.',
    );
  });

  it('leaves anything else to be logged with its stack', () => {
    expect(explainStartupError(new TypeError('x is undefined'))).toBeUndefined();
  });
});

describe('explainGatewayClose', () => {
  it('explains a session ended by a token reset or a switched-off intent like a failed start, and any other code', () => {
    expect(explainGatewayClose(4004)).toMatch(/^Discord rejected DISCORD_TOKEN\./);
    expect(explainGatewayClose(4014)).toMatch(/^Discord refused the Message Content intent\./);
    expect(explainGatewayClose(4011)).toMatch(/gateway close code 4011.*start it again/);
  });
});
