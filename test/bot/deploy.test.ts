import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deployCommands } from '../../src/bot/deploy.ts';
import { testConfig } from './helpers.ts';

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: { name: string; default_member_permissions?: string | null }[];
}

let server: Server;
let apiBase: string;
const received: Received[] = [];

async function bodyOf(req: IncomingMessage): Promise<string> {
  let text = '';
  for await (const chunk of req) text += String(chunk);
  return text;
}

beforeAll(async () => {
  // A minimal REST endpoint on 127.0.0.1 that records the registration request.
  server = createServer(async (req, res) => {
    received.push({
      method: req.method ?? '',
      url: req.url ?? '',
      authorization: req.headers.authorization,
      body: JSON.parse(await bodyOf(req)) as Received['body'],
    });
    res.writeHead(200, { 'content-type': 'application/json' }).end('[]');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('deployCommands', () => {
  it('registers every command in the development server when DISCORD_GUILD_ID is set', async () => {
    const config = testConfig({ DISCORD_API_BASE: apiBase, DISCORD_GUILD_ID: '223456789012345678' });
    const result = await deployCommands(config);
    expect(result).toEqual({ scope: 'guild', names: ['ask', 'source', 'sources', 'reload', 'help'] });
    const request = received.at(-1)!;
    expect(request.method).toBe('PUT');
    expect(request.url).toBe('/api/v10/applications/123456789012345678/guilds/223456789012345678/commands');
    expect(request.authorization).toBe(`Bot ${config.token}`);
    expect(request.body.map((c) => c.name)).toEqual(result.names);
    // Manage Server (1 << 5) by default for /reload; everyone else can use the rest.
    expect(request.body.find((c) => c.name === 'reload')?.default_member_permissions).toBe('32');
  });

  it('registers globally without DISCORD_GUILD_ID', async () => {
    const result = await deployCommands(testConfig({ DISCORD_API_BASE: apiBase }));
    expect(result.scope).toBe('global');
    expect(received.at(-1)?.url).toBe('/api/v10/applications/123456789012345678/commands');
  });
});
