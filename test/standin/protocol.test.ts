import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, GatewayIntentBits } from 'discord.js';
import { WebSocket } from 'ws';
import { computePings } from '../../src/standin/messages.ts';
import { startStandin, type Standin } from '../../src/standin/index.ts';

let discord: Standin;

beforeEach(async () => {
  discord = await startStandin();
});

afterEach(async () => {
  await discord.close();
});

const api = (path: string, init: RequestInit = {}) =>
  fetch(`${discord.apiBase}/v10${path}`, {
    ...init,
    headers: { 'Content-Type': 'application/json', Authorization: `Bot ${discord.token}`, ...init.headers },
  });

describe('REST', () => {
  it('answers 401 for a wrong token and 404 for an unknown route, with rate-limit headers on both', async () => {
    const unauthorised = await api('/users/@me', { headers: { Authorization: 'Bot wrong' } });
    expect(unauthorised.status).toBe(401);
    expect(unauthorised.headers.get('x-ratelimit-limit')).toBe('50');
    const missing = await api('/nothing/here');
    expect(missing.status).toBe(404);
    expect(missing.headers.get('x-ratelimit-bucket')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('serves /gateway/bot with the URL, shard count and session start limit', async () => {
    const body = (await (await api('/gateway/bot')).json()) as Record<string, unknown>;
    expect(body).toEqual({
      url: `ws://127.0.0.1:${discord.port}/gateway`,
      shards: 1,
      session_start_limit: { total: 1000, remaining: 999, reset_after: 14_400_000, max_concurrency: 1 },
    });
  });

  it('rejects an embed field over 1,024 characters the way Discord does', async () => {
    const body = { embeds: [{ fields: [{ name: 'n', value: 'x'.repeat(1025) }] }] };
    const response = await api(`/channels/${discord.world.channelId}/messages`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({
      code: 50035,
      errors: {
        embeds: { 0: { fields: { 0: { value: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } } } },
      },
    });
  });

  it('answers a forced 429 with Retry-After once, then normally', async () => {
    discord.rateLimitNext('GET /users/@me', 2);
    const limited = await api('/users/@me');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('2');
    expect((await api('/users/@me')).status).toBe(200);
    expect(() => discord.rateLimitNext('GET /nope', 1)).toThrow(/unknown route/);
  });

  it('registers commands and refuses invalid names', async () => {
    const path = `/applications/${discord.bot.id}/guilds/${discord.world.guildId}/commands`;
    const bad = await api(path, {
      method: 'PUT',
      body: JSON.stringify([{ name: 'Ask Me', description: 'x' }]),
    });
    expect(bad.status).toBe(400);
    const good = await api(path, {
      method: 'PUT',
      body: JSON.stringify([{ name: 'ask', description: 'Ask' }]),
    });
    expect(good.status).toBe(200);
    expect(discord.registeredCommand('ask')).toMatchObject({ name: 'ask', guild_id: discord.world.guildId });
  });
});

describe('gateway', () => {
  it('closes with 4004 when IDENTIFY carries a wrong token', async () => {
    const socket = new WebSocket(`ws://127.0.0.1:${discord.port}/gateway?v=10&encoding=json`);
    const hello = await new Promise<{ op: number; d: { heartbeat_interval: number } }>((resolve) =>
      socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString()))),
    );
    expect(hello).toEqual({ op: 10, d: { heartbeat_interval: 41_250 } });
    socket.send(JSON.stringify({ op: 2, d: { token: 'wrong', intents: 0, properties: {} } }));
    const code = await new Promise((resolve) => socket.once('close', resolve));
    expect(code).toBe(4004);
  });
});

describe('privileged intents', () => {
  it('refuses Message Content with 4014 when the app has not enabled it, failing the login', async () => {
    const strict = await startStandin({ messageContentIntent: false });
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.MessageContent],
      rest: { api: strict.apiBase },
    });
    // discord.js 14.28 surfaces this as a plain Error from @discordjs/ws, without a DiscordjsErrorCodes code.
    await expect(client.login(strict.token)).rejects.toThrow('Used disallowed intents');
    await client.destroy();
    await strict.close();
  });
});

describe('message content', () => {
  it('blanks message text for a bot without the Message Content intent unless it is mentioned', async () => {
    const client = new Client({
      intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
      rest: { api: discord.apiBase },
    });
    const seen: string[] = [];
    const both = new Promise<void>((resolve) =>
      client.on('messageCreate', (message) => {
        seen.push(message.content);
        if (seen.length === 2) resolve();
      }),
    );
    await client.login(discord.token);
    await discord.whenReady();
    discord.sendMessage({ content: 'plain chatter' });
    discord.sendMessage({ content: 'a question', mentionsBot: true });
    await both;
    expect(seen).toEqual(['', `<@${discord.bot.id}> a question`]);
    await client.destroy();
  });
});

describe('computePings', () => {
  const user = '1443301234567890123';

  it('pings everything in the content when the bot sends no allowed_mentions', () => {
    expect(computePings(`@everyone <@${user}>`, undefined)).toEqual({
      everyone: true,
      users: [user],
      roles: [],
    });
  });

  it('pings nothing with parse [] and only the replied user when replied_user is true', () => {
    expect(computePings(`@everyone <@${user}>`, { parse: [] })).toEqual({
      everyone: false,
      users: [],
      roles: [],
    });
    expect(computePings('hi', { parse: [], replied_user: true }, user).users).toEqual([user]);
  });
});
