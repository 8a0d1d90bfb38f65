import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, hasDiscordToken, parseConfig } from '../../src/config/config.ts';
import { readEnv } from '../../src/config/env.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GabcDE.abcdefghijklmnopqrstuvwxyz0123456789';
const valid = { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: '123456789012345678' };

function problemsOf(env: Record<string, string | undefined>): ConfigError {
  try {
    parseConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseConfig', () => {
  it('fills defaults around the two required keys', () => {
    expect(parseConfig(valid)).toEqual({
      token: TOKEN,
      clientId: '123456789012345678',
      guildId: undefined,
      seedsDir: 'seeds/',
      adminRoleIds: [],
      adminUserIds: [],
      askCooldownSeconds: 5,
      mentionChannelCooldownSeconds: 2,
      logLevel: 'info',
      apiBase: undefined,
    });
  });

  it('reads every optional key', () => {
    const config = parseConfig({
      ...valid,
      DISCORD_GUILD_ID: '223456789012345678',
      SEEDS_DIR: 'docs',
      ADMIN_ROLE_IDS: '323456789012345678, 423456789012345678',
      ADMIN_USER_IDS: '523456789012345678,',
      ASK_COOLDOWN_SECONDS: '0',
      MENTION_CHANNEL_COOLDOWN_SECONDS: '10',
      LOG_LEVEL: 'debug',
      DISCORD_API_BASE: 'http://127.0.0.1:8080/api',
    });
    expect(config).toMatchObject({
      guildId: '223456789012345678',
      seedsDir: 'docs',
      adminRoleIds: ['323456789012345678', '423456789012345678'],
      adminUserIds: ['523456789012345678'],
      askCooldownSeconds: 0,
      mentionChannelCooldownSeconds: 10,
      logLevel: 'debug',
      apiBase: 'http://127.0.0.1:8080/api',
    });
  });

  it('treats blank values as unset, as .env.example ships them', () => {
    expect(parseConfig({ ...valid, DISCORD_GUILD_ID: '', SEEDS_DIR: '  ', LOG_LEVEL: '' })).toMatchObject({
      guildId: undefined,
      seedsDir: 'seeds/',
      logLevel: 'info',
    });
  });

  it('names both missing keys in one message that says where to find them', () => {
    const error = problemsOf({});
    expect(error.problems.map((p) => p.key)).toEqual(['DISCORD_TOKEN', 'DISCORD_CLIENT_ID']);
    expect(error.message.split('\n')).toHaveLength(3);
    expect(error.message).toContain('DISCORD_TOKEN: missing — paste the bot token');
    expect(error.message).toContain('DISCORD_CLIENT_ID: missing — copy the Application ID');
  });

  it('names every bad key at once, each with what to do', () => {
    const error = problemsOf({
      DISCORD_TOKEN: 'not-a-token',
      DISCORD_CLIENT_ID: 'abc',
      DISCORD_GUILD_ID: '12',
      ADMIN_ROLE_IDS: '323456789012345678,oops',
      ADMIN_USER_IDS: 'x,y',
      ASK_COOLDOWN_SECONDS: 'soon',
      MENTION_CHANNEL_COOLDOWN_SECONDS: '-1',
      LOG_LEVEL: 'loud',
      DISCORD_API_BASE: 'ftp://example.com',
    });
    expect(error.problems.map((p) => p.key)).toEqual([
      'DISCORD_TOKEN',
      'DISCORD_CLIENT_ID',
      'DISCORD_GUILD_ID',
      'ADMIN_ROLE_IDS',
      'ADMIN_USER_IDS',
      'ASK_COOLDOWN_SECONDS',
      'MENTION_CHANNEL_COOLDOWN_SECONDS',
      'LOG_LEVEL',
      'DISCORD_API_BASE',
    ]);
    expect(error.message).toContain('ADMIN_ROLE_IDS: "oops" is not a role id');
    expect(error.message).toContain('ADMIN_USER_IDS: "x", "y" are not user ids');
    expect(error.message).toContain(
      'LOG_LEVEL: must be one of fatal, error, warn, info, debug, trace, silent',
    );
    expect(error.message).not.toMatch(/\n\s+at /);
  });

  it('explains a malformed token without echoing it', () => {
    for (const token of ['Bot abc.def.ghi', 'abc.def', 'a.b.c.d', '"abc.def.ghi"']) {
      const error = problemsOf({ ...valid, DISCORD_TOKEN: token });
      expect(error.message).toContain('DISCORD_TOKEN: does not look like a bot token');
      expect(error.message).not.toContain(token);
    }
  });
});

describe('hasDiscordToken', () => {
  it('is false when the token is absent or blank, true otherwise', () => {
    expect(hasDiscordToken({})).toBe(false);
    expect(hasDiscordToken({ DISCORD_TOKEN: '  ' })).toBe(false);
    expect(hasDiscordToken({ DISCORD_TOKEN: 'anything' })).toBe(true);
  });
});

describe('readEnv', () => {
  it('reads .env under the real environment, which wins', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'env-test-'));
    try {
      const path = join(dir, '.env');
      await writeFile(path, 'CONFIG_TEST_A=from-file\nCONFIG_TEST_B="quoted value"\nPATH=from-file\n');
      const env = readEnv(path);
      expect(env.CONFIG_TEST_A).toBe('from-file');
      expect(env.CONFIG_TEST_B).toBe('quoted value');
      expect(env.PATH).toBe(process.env.PATH);
      expect(process.env.CONFIG_TEST_A).toBeUndefined();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('is fine without a .env file', () => {
    expect(readEnv('/nonexistent/.env').PATH).toBe(process.env.PATH);
  });
});
