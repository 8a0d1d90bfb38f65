import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../../src/standin/index.ts';
import { DOCS, writeDocs } from './helpers.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = join(ROOT, 'node_modules/.bin/tsx');

// The corpus sits in its own temporary root, so the index cache written beside it is removed with it.
let root: string;
let seeds: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'main-process-'));
  seeds = join(root, 'seeds');
  await writeDocs(seeds, DOCS);
});
afterAll(() => rm(root, { recursive: true, force: true }));

/** `npm start` as a child process against a local Discord; resolves `ready` once the bot has logged in. */
function startMain(discord: Standin, env: Record<string, string> = {}) {
  const child = spawn(TSX, [join(ROOT, 'src/main.ts')], {
    cwd: root,
    env: {
      PATH: process.env.PATH ?? '',
      DISCORD_TOKEN: discord.token,
      DISCORD_CLIENT_ID: discord.bot.id,
      DISCORD_API_BASE: discord.apiBase,
      SEEDS_DIR: seeds,
      ...env,
    },
  });
  let stderr = '';
  const ready = new Promise<void>((resolveReady) => {
    child.stderr.on('data', (chunk: Buffer) => {
      stderr += String(chunk);
      if (stderr.includes('"msg":"bot ready"')) resolveReady();
    });
  });
  const exited = new Promise<number | null>((resolveExit) => child.on('exit', (code) => resolveExit(code)));
  return { child, ready, exited, stderr: () => stderr };
}

describe('npm start against a local Discord', () => {
  it('answers, then shuts down cleanly on SIGTERM, never logging the token', async () => {
    const discord = await startStandin();
    try {
      const main = startMain(discord);
      await main.ready;
      const reply = await discord
        .sendMessage({ content: 'who sanctioned Fadavi?', mentionsBot: true })
        .reply();
      expect(reply.content).toContain('**Fadavi**');
      main.child.kill('SIGTERM');
      expect(await main.exited).toBe(0);
      expect(main.stderr()).toMatch(/"documents":2,"passages":4/);
      expect(main.stderr()).toContain('"msg":"shutting down"');
      expect(main.stderr()).not.toContain(discord.token);
    } finally {
      await discord.close();
    }
  });

  it('explains a token Discord rejects, and exits 1', async () => {
    const discord = await startStandin();
    try {
      const main = startMain(discord, { DISCORD_TOKEN: 'MTIz.wrong.token', LOG_LEVEL: 'silent' });
      expect(await main.exited).toBe(1);
      expect(main.stderr()).toMatch(/^Discord rejected DISCORD_TOKEN\. Reset the token at /);
    } finally {
      await discord.close();
    }
  });

  it('explains a Message Content intent that is not enabled, and exits 1', async () => {
    const discord = await startStandin({ messageContentIntent: false });
    try {
      const main = startMain(discord, { LOG_LEVEL: 'silent' });
      expect(await main.exited).toBe(1);
      expect(main.stderr()).toMatch(/^Discord refused the Message Content intent\./);
    } finally {
      await discord.close();
    }
  });

  it('exits 1 with the reason when Discord ends the session for good while it runs', async () => {
    const discord = await startStandin();
    const main = startMain(discord);
    try {
      await main.ready;
      // The token was reset in the Developer Portal: discord.js will not reconnect, so staying up helps nobody.
      discord.closeGateway(4004, 'Authentication failed.');
      const timeout = new Promise((resolve) => setTimeout(() => resolve('still running after 5 s'), 5000));
      expect(await Promise.race([main.exited, timeout])).toBe(1);
      expect(main.stderr()).toMatch(/Discord rejected DISCORD_TOKEN\. Reset the token at /);
    } finally {
      main.child.kill();
      await discord.close();
    }
  });
});
