import {
  ButtonStyle,
  Client,
  ComponentType,
  Events,
  GatewayIntentBits,
  MessageFlags,
  type Interaction,
} from 'discord.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStandin, type Standin } from '../../src/standin/index.ts';

/** A bare discord.js client wired to the stand-in, with a handler the test swaps per case. */
let discord: Standin;
let client: Client;
let onInteraction: (interaction: Interaction) => Promise<void>;

beforeEach(async () => {
  discord = await startStandin();
  client = new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    rest: { api: discord.apiBase },
  });
  client.on(Events.InteractionCreate, (interaction) => void onInteraction(interaction));
  const ready = new Promise((resolve) => client.once(Events.ClientReady, resolve));
  await client.login(discord.token);
  await ready;
});

afterEach(async () => {
  await client.destroy();
  await discord.close();
});

describe('login', () => {
  it('logs a real discord.js client in and caches the guild, channel and bot user', () => {
    expect(client.user?.id).toBe(discord.bot.id);
    const guild = client.guilds.cache.get(discord.world.guildId);
    expect(guild?.name).toBe('Stand-in Server');
    expect(guild?.channels.cache.get(discord.world.channelId)?.isTextBased()).toBe(true);
    const paths = discord.recorder.requests.map((r) => `${r.method} ${r.path} ${r.status}`);
    expect(paths).toContain('GET /gateway/bot 200');
  });

  it('refuses a bad token with 401 so discord.js reports TokenInvalid', async () => {
    const other = new Client({ intents: [], rest: { api: discord.apiBase } });
    await expect(other.login('not-the-token')).rejects.toThrow(/token/i);
    await other.destroy();
  });

  it('acknowledges heartbeats', async () => {
    const acknowledged = new Promise<void>((resolve) =>
      client.on(Events.Debug, (line) => line.includes('Heartbeat acknowledged') && resolve()),
    );
    await discord.requestHeartbeat();
    await acknowledged;
  });
});

describe('interactions', () => {
  it('delivers a slash command and records reply, edit and follow-up', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isChatInputCommand()) return;
      const question = interaction.options.getString('question', true);
      await interaction.reply({ content: `You asked: ${question}`, allowedMentions: { parse: [] } });
      await interaction.editReply({
        content: 'Edited',
        components: [
          {
            type: ComponentType.ActionRow,
            components: [
              { type: ComponentType.Button, style: ButtonStyle.Primary, customId: 'more', label: 'More' },
            ],
          },
        ],
      });
      await interaction.followUp({ content: 'Only you see this', flags: MessageFlags.Ephemeral });
    };
    const handle = discord.sendSlashCommand({ name: 'ask', options: { question: '@everyone hi' } });
    const followUp = await handle.followUp();
    const reply = await handle.reply();
    expect(reply.content).toBe('Edited');
    expect(reply.pings.everyone).toBe(false);
    expect(reply.components).toHaveLength(1);
    expect(followUp.ephemeral).toBe(true);
    expect(discord.channelMessages().map((m) => m.content)).toEqual(['Edited']);
  });

  it('answers a button press with an update of the message it sits on', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) {
        await interaction.reply({
          content: 'page 1',
          components: [
            {
              type: ComponentType.ActionRow,
              components: [
                { type: ComponentType.Button, style: ButtonStyle.Primary, customId: 'next', label: 'Next' },
              ],
            },
          ],
        });
      } else if (interaction.isButton()) {
        expect(interaction.message.content).toBe('page 1');
        await interaction.update({ content: `page 2 via ${interaction.customId}`, components: [] });
      }
    };
    const first = await discord.sendSlashCommand({ name: 'ask', options: { question: 'x' } }).reply();
    const updated = await discord.pressButton(first, 'Next').reply();
    expect(updated.id).toBe(first.id);
    expect(updated.content).toBe('page 2 via next');
  });

  it('returns autocomplete choices', async () => {
    onInteraction = async (interaction) => {
      if (!interaction.isAutocomplete()) return;
      const typed = interaction.options.getFocused();
      await interaction.respond([{ name: `${typed} (doc)`, value: typed }]);
    };
    const choices = await discord
      .autocomplete({ name: 'source', focused: 'document', value: 'sotu' })
      .choices();
    expect(choices).toEqual([{ name: 'sotu (doc)', value: 'sotu' }]);
  });

  it('fills a deferred reply on edit, and serves and deletes @original', async () => {
    let fetched: string | undefined;
    const deferred = new Promise<string | undefined>((resolve) => {
      onInteraction = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        const response = await interaction.deferReply({ withResponse: true });
        resolve(response.resource?.message?.id);
        await interaction.editReply('done thinking');
        fetched = (await interaction.fetchReply()).content;
        await interaction.deleteReply();
      };
    });
    const handle = discord.sendSlashCommand({ name: 'ask' });
    expect((await handle.ack()).type).toBe(5);
    const reply = await handle.reply();
    expect(reply.content).toBe('done thinking');
    expect(await deferred).toBe(reply.id);
    await discord.recorder.waitFor(
      () => reply.deleted,
      () => 'the reply to be deleted',
    );
    expect(fetched).toBe('done thinking');
    expect(discord.channelMessages()).toEqual([]);
  });

  it('rejects a second acknowledgement with 40060', async () => {
    let second!: Promise<unknown>;
    const sent = new Promise<void>((resolve) => {
      onInteraction = async (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        await interaction.reply('first');
        // discord.js guards against double replies itself, so go around it the way a confused bot could.
        second = client.rest.post(`/interactions/${interaction.id}/${interaction.token}/callback`, {
          body: { type: 4, data: { content: 'second' } },
          auth: false,
        });
        resolve();
      };
    });
    discord.sendSlashCommand({ name: 'ask' });
    await sent;
    await expect(second).rejects.toMatchObject({ code: 40060, status: 400 });
  });

  it('rejects an acknowledgement after the deadline with 10062', async () => {
    await discord.close();
    await client.destroy();
    discord = await startStandin({ interactionDeadlineMs: 50 });
    client = new Client({ intents: [GatewayIntentBits.Guilds], rest: { api: discord.apiBase } });
    const late = new Promise<unknown>((resolve) => {
      client.on(Events.InteractionCreate, (interaction) => {
        if (!interaction.isChatInputCommand()) return;
        // Answer only after the (shortened) deadline has passed.
        setTimeout(() => resolve(interaction.reply('too late').catch((error: unknown) => error)), 100);
      });
    });
    await client.login(discord.token);
    await discord.whenReady();
    const handle = discord.sendSlashCommand({ name: 'ask' });
    await expect(handle.reply()).rejects.toThrow(/10062/);
    expect(await late).toMatchObject({ code: 10062, status: 404 });
  });
});

describe('messages', () => {
  it('delivers a mention and records the reply with its allowed_mentions', async () => {
    client.on(Events.MessageCreate, (message) => {
      if (message.author.bot || !message.mentions.has(client.user!)) return;
      void message.reply({
        content: `re: ${message.content}`,
        allowedMentions: { parse: [], repliedUser: false },
      });
    });
    const sent = discord.sendMessage({ content: 'who was sanctioned?', mentionsBot: true });
    const reply = await sent.reply();
    expect(reply.content).toBe(`re: <@${discord.bot.id}> who was sanctioned?`);
    expect(reply.allowedMentions).toEqual({ parse: [], replied_user: false });
    expect(reply.pings.users).toEqual([]);
  });
});

describe('gateway recovery', () => {
  const echo = async (interaction: Interaction): Promise<void> => {
    if (interaction.isChatInputCommand())
      await interaction.reply(`pong ${interaction.options.getString('n')}`);
  };

  it('resumes after op 7 RECONNECT on the resume URL and keeps answering', async () => {
    onInteraction = echo;
    await discord.forceReconnect();
    expect((await discord.sendSlashCommand({ name: 'ping', options: { n: '1' } }).reply()).content).toBe(
      'pong 1',
    );
    expect(discord.recorder.gateway).toEqual([
      'connect /gateway',
      'identify',
      'close 4200',
      'connect /gateway-resume',
      'resume seq=2 replayed=0',
    ]);
  });

  it('replays an interaction dispatched while the socket was down', async () => {
    onInteraction = echo;
    const resumed = discord.dropSocket();
    // Sent while the client is reconnecting: buffered and replayed on RESUME.
    const handle = discord.sendSlashCommand({ name: 'ping', options: { n: '2' } });
    await resumed;
    expect((await handle.reply()).content).toBe('pong 2');
    expect(discord.recorder.gateway).toContain('resume seq=2 replayed=1');
  });
});

describe('rate limits', () => {
  it('answers 429 on demand and discord.js retries after Retry-After', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('delivered');
    };
    discord.rateLimitNext('POST /interactions/:id/:token/callback', 0.2);
    const reply = await discord.sendSlashCommand({ name: 'ask' }).reply();
    expect(reply.content).toBe('delivered');
    const statuses = discord.recorder.requests
      .filter((r) => r.path.endsWith('/callback'))
      .map((r) => r.status);
    expect(statuses).toEqual([429, 204]);
  });

  it('registers commands through the real route', async () => {
    const app = await client.application!.fetch();
    await app.commands.set([
      { name: 'ask', description: 'Ask', options: [{ name: 'n', description: 'n', type: 4 }] },
    ]);
    expect(discord.recorder.commands.get('global')?.map((c) => c.name)).toEqual(['ask']);
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand())
        await interaction.reply(`n=${interaction.options.getInteger('n')}`);
    };
    expect((await discord.sendSlashCommand({ name: 'ask', options: { n: 3 } }).reply()).content).toBe('n=3');
  });
});

describe('invalid session', () => {
  it('resumes after a resumable INVALID_SESSION and identifies afresh after a non-resumable one', async () => {
    onInteraction = async (interaction) => {
      if (interaction.isChatInputCommand()) await interaction.reply('still here');
    };
    await discord.invalidateSession(true);
    expect(discord.recorder.gateway.at(-1)).toMatch(/^resume /);
    // discord.js waits out its 5-second identify throttle here, as it would against Discord.
    await discord.invalidateSession(false);
    expect(discord.recorder.gateway.filter((line) => line === 'identify')).toHaveLength(2);
    expect((await discord.sendSlashCommand({ name: 'ping' }).reply()).content).toBe('still here');
  });
});
