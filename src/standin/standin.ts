import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Gateway, Intent } from './gateway.ts';
import { InteractionHandle, MessageHandle } from './handles.ts';
import { Interactions, InteractionType } from './interactions.ts';
import { createMessage } from './messages.ts';
import { Recorder, type RecordedMessage } from './recorder.ts';
import { RestServer } from './rest.ts';
import { buildRoutes } from './routes.ts';
import { nextSnowflake } from './snowflake.ts';
import { World, type ApiUser, type Place, type StandinUser } from './world.ts';

type Json = Record<string, unknown>;

/** Options for {@link startStandin}. */
export interface StandinOptions {
  /** The bot token the stand-in accepts (default: a random one). */
  token?: string;
  /** The bot's username (default `Corpus Bot`). */
  botName?: string;
  /** The guild's name (default `Stand-in Server`). */
  guildName?: string;
  /** HELLO's heartbeat interval (default 41 250 ms, Discord's value). */
  heartbeatIntervalMs?: number;
  /** How long the bot has to acknowledge an interaction (default 3000 ms, Discord's value). */
  interactionDeadlineMs?: number;
  /** Whether the Message Content intent is enabled for the app (default true); when false, asking for it fails (4014). */
  messageContentIntent?: boolean;
}

/** Option values for a slash command or autocomplete, by option name. */
export type OptionValues = Record<string, string | number | boolean>;

/** Discord's application-command option types for the scalar kinds. */
const OptionType = { String: 3, Integer: 4, Boolean: 5, Number: 10 } as const;

/**
 * A running local Discord: REST under {@link Standin.apiBase} and a gateway the bot finds through GET /gateway/bot.
 * Drive it as users would, then assert on {@link Standin.recorder}.
 *
 * @example
 * const discord = await startStandin({ token });
 * const client = new Client({ intents, rest: { api: discord.apiBase } });
 * await client.login(token);
 * const answer = await discord.sendSlashCommand({ name: 'ask', options: { question: 'who?' } }).reply();
 */
export class Standin {
  /** People in the guild: `admin` has Manage Server, `member` does not. */
  readonly users: { admin: StandinUser; member: StandinUser };
  private readonly commandIds = new Map<string, string>();

  constructor(
    readonly world: World,
    readonly recorder: Recorder,
    private readonly server: Server,
    private readonly gateway: Gateway,
    private readonly rest: RestServer,
    private readonly interactions: Interactions,
  ) {
    this.users = {
      admin: world.addUser({ username: 'ada', admin: true }),
      member: world.addUser({ username: 'bo' }),
    };
  }

  /** The port the stand-in listens on (127.0.0.1). */
  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** What to pass as discord.js `rest.api` (and `DISCORD_API_BASE`). */
  get apiBase(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  /** The bot token the stand-in accepts. */
  get token(): string {
    return this.world.token;
  }

  /** The bot's user. */
  get bot(): ApiUser {
    return this.world.bot.user;
  }

  /** Adds another person to the guild (each has their own cooldowns in the bot). */
  addUser(username: string, opts: { admin?: boolean } = {}): StandinUser {
    return this.world.addUser({ username, admin: opts.admin ?? false });
  }

  /** Resolves once a bot session has received READY (immediately if one has). */
  async whenReady(): Promise<void> {
    if (!this.gateway.current) await new Promise((resolve) => this.gateway.once('ready', resolve));
  }

  /**
   * A user runs a slash command. Option types come from the registered command when there is one. A command
   * registered with `default_member_permissions` is hidden from members without them, as on Discord, unless
   * `serverOverride` says a server admin granted it to them anyway.
   */
  sendSlashCommand(spec: {
    name: string;
    options?: OptionValues;
    user?: StandinUser;
    serverOverride?: boolean;
    /** Where it is used (default the guild's text channel). */
    place?: Place;
  }): InteractionHandle {
    const user = spec.user ?? this.users.admin;
    const place = spec.place ?? 'text';
    const registered = this.registeredCommand(spec.name);
    const required = registered?.default_member_permissions;
    if (typeof required === 'string' && !spec.serverOverride && place !== 'dm') {
      const perms = this.world.permissionsOf(user);
      if ((perms & BigInt(required)) !== BigInt(required)) {
        throw new Error(
          `stand-in: Discord does not show /${spec.name} to ${user.user.username} (lacks permissions)`,
        );
      }
    }
    const channelId = this.world.channelIdOf(place, user);
    const options = this.options(spec.name, spec.options ?? {});
    // Discord leaves `options` out altogether when the user gave none.
    const data = { ...this.commandData(spec.name, channelId), ...(options.length > 0 && { options }) };
    return this.dispatchInteraction(InteractionType.Command, user, data, {}, `/${spec.name}`, channelId);
  }

  /** A user types into an autocomplete option; `focused` names the option being typed. */
  autocomplete(spec: {
    name: string;
    focused: string;
    value: string;
    options?: OptionValues;
    user?: StandinUser;
    place?: Place;
  }): InteractionHandle {
    const user = spec.user ?? this.users.admin;
    const options = this.options(spec.name, { ...spec.options, [spec.focused]: spec.value }).map((o) =>
      o.name === spec.focused ? { ...o, type: OptionType.String, focused: true } : o,
    );
    const channelId = this.world.channelIdOf(spec.place ?? 'text', user);
    const data = { ...this.commandData(spec.name, channelId), options };
    return this.dispatchInteraction(
      InteractionType.Autocomplete,
      user,
      data,
      {},
      `/${spec.name} autocomplete`,
      channelId,
    );
  }

  /** A user presses a button on a message, found by custom id or label. */
  pressButton(
    message: RecordedMessage,
    button: string,
    user: StandinUser = this.users.admin,
  ): InteractionHandle {
    const found = message.components
      .flatMap((row) => (row.components ?? []) as Json[])
      .find((c) => c.custom_id === button || c.label === button);
    if (!found) throw new Error(`stand-in: no button "${button}" on message ${message.id}`);
    if (found.disabled) throw new Error(`stand-in: button "${button}" is disabled`);
    return this.pressCustomId(message, String(found.custom_id), user);
  }

  /**
   * A button press carrying any `custom_id`, as Discord delivers for a button on a message the bot sent long ago
   * (an older version of the bot) or from a tampered client: Discord does not check it against the message.
   */
  pressCustomId(
    message: RecordedMessage,
    customId: string,
    user: StandinUser = this.users.admin,
  ): InteractionHandle {
    const data = { custom_id: customId, component_type: 2 };
    return this.dispatchInteraction(
      InteractionType.Component,
      user,
      data,
      { message: message.api },
      `button "${customId}"`,
      message.channelId,
    );
  }

  /**
   * A user posts in a guild channel. `mentionsBot` prefixes a mention of the bot as Discord's client writes it:
   * `<@id>` (default), the legacy nickname form `<@!id>`, or `<@&role>` when the user picked the bot's managed role
   * from the suggestions.
   */
  sendMessage(spec: {
    content: string;
    mentionsBot?: boolean;
    mentionStyle?: 'user' | 'nickname' | 'role';
    user?: StandinUser;
    /** Not a DM or the commands-only server: the bot receives no messages there. */
    place?: Exclude<Place, 'dm' | 'commands-only-server'>;
  }): MessageHandle {
    const user = spec.user ?? this.users.admin;
    const mention = {
      user: `<@${this.bot.id}>`,
      nickname: `<@!${this.bot.id}>`,
      role: `<@&${this.world.roles.bot.id}>`,
    }[spec.mentionStyle ?? 'user'];
    const content =
      spec.mentionsBot && !spec.content.includes(mention) ? `${mention} ${spec.content}` : spec.content;
    const message = createMessage(this.world, this.recorder, {
      channelId: this.world.channelIdOf(spec.place ?? 'text', user),
      author: user.user,
      body: { content },
    });
    const { user: _user, ...member } = this.world.member(user);
    message.api.member = member;
    // Without the Message Content intent Discord still shows a bot the text of messages that mention it by user.
    const mentionsBot = content.includes(`<@${this.bot.id}>`) || content.includes(`<@!${this.bot.id}>`);
    if (!this.gateway.dispatchMessage(message.api, mentionsBot))
      throw new Error('stand-in: no bot is connected');
    return new MessageHandle(this.recorder, message);
  }

  /** The author deletes a message: it is gone from the channel, and MESSAGE_DELETE goes out. */
  deleteMessage(message: RecordedMessage): void {
    message.deleted = true;
    this.recorder.changed();
    this.gateway.dispatch(
      'MESSAGE_DELETE',
      { id: message.id, channel_id: message.channelId, guild_id: this.world.guildIdOf(message.channelId) },
      Intent.GuildMessages,
    );
  }

  /** Takes a permission from the bot in every guild channel, as a server admin's overwrite would. */
  denyBot(permission: 'SendMessages'): void {
    this.world.denyBot(permission);
  }

  /** Sends op 7 RECONNECT; resolves once the bot has resumed. */
  forceReconnect(): Promise<void> {
    return this.gateway.reconnect();
  }

  /** Cuts the bot's socket without a close frame; resolves once the bot has resumed. */
  dropSocket(): Promise<void> {
    return this.gateway.drop();
  }

  /** Sends op 9 INVALID_SESSION; resolves once the bot resumed (`true`) or identified again (`false`). */
  invalidateSession(resumable: boolean): Promise<void> {
    return this.gateway.invalidate(resumable);
  }

  /** Ends the bot's session with a close code, e.g. 4004 when its token was reset while it ran. */
  closeGateway(code: number, reason: string): void {
    this.gateway.closeWith(code, reason);
  }

  /** Asks the bot for a heartbeat now; resolves when it arrives (and has been ACKed). */
  requestHeartbeat(): Promise<void> {
    return this.gateway.requestHeartbeat();
  }

  /** The next request to `route` (a key such as `POST /interactions/:id/:token/callback`) gets a 429. */
  rateLimitNext(route: string, retryAfterSeconds: number): void {
    this.rest.rateLimitNext(route, retryAfterSeconds);
  }

  /** The channel as `forUser` sees it (ephemeral replies included only for the user they were for). */
  channelMessages(forUser?: StandinUser): RecordedMessage[] {
    return this.recorder.channelMessages(this.world.channelId, forUser?.user.id);
  }

  /** The command named `name` as the bot registered it (guild commands first), if it did. */
  registeredCommand(name: string): Json | undefined {
    const guild = this.recorder.commands.get(this.world.guildId) ?? [];
    return [...guild, ...(this.recorder.commands.get('global') ?? [])].find((c) => c.name === name);
  }

  /** Closes the gateway and HTTP server and frees the port. */
  async close(): Promise<void> {
    await this.gateway.close();
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((e) => (e ? reject(e) : resolve())));
  }

  private commandData(name: string, channelId: string = this.world.channelId): Json {
    const id =
      (this.registeredCommand(name)?.id as string | undefined) ??
      this.commandIds.get(name) ??
      nextSnowflake();
    this.commandIds.set(name, id);
    const guildId = this.world.guildIdOf(channelId);
    return { id, name, type: 1, ...(guildId !== undefined && { guild_id: guildId }) };
  }

  /** Serialises option values, typed as the registered command declares them (else inferred from the value). */
  private options(name: string, values: OptionValues): Json[] {
    const declared = (this.registeredCommand(name)?.options ?? []) as Json[];
    return Object.entries(values).map(([key, value]) => {
      const type = declared.find((o) => o.name === key)?.type;
      const inferred =
        typeof value === 'boolean'
          ? OptionType.Boolean
          : typeof value === 'number'
            ? Number.isInteger(value)
              ? OptionType.Integer
              : OptionType.Number
            : OptionType.String;
      return { name: key, type: typeof type === 'number' ? type : inferred, value };
    });
  }

  private dispatchInteraction(
    type: number,
    user: StandinUser,
    data: Json,
    extra: Json,
    label: string,
    channelId: string,
  ): InteractionHandle {
    const payload = this.interactions.create(type, user, data, extra, channelId);
    if (!this.gateway.dispatch('INTERACTION_CREATE', payload))
      throw new Error('stand-in: no bot is connected');
    return new InteractionHandle(this.recorder, payload, label);
  }
}

/** Starts a stand-in Discord on 127.0.0.1 at a free port. */
export async function startStandin(opts: StandinOptions = {}): Promise<Standin> {
  const world = new World({
    token:
      opts.token ??
      `${randomBytes(18).toString('base64url')}.standin.${randomBytes(20).toString('base64url')}`,
    botName: opts.botName ?? 'Corpus Bot',
    guildName: opts.guildName ?? 'Stand-in Server',
  });
  const recorder = new Recorder();
  const server = createServer();
  const wsBase = (): string => `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const gateway = new Gateway(world, recorder, {
    heartbeatIntervalMs: opts.heartbeatIntervalMs ?? 41_250,
    // A distinct resume URL, as on Discord, so tests can see the client honours resume_gateway_url.
    resumeUrl: () => `${wsBase()}/gateway-resume`,
    messageContentIntent: opts.messageContentIntent ?? true,
  });
  const interactions = new Interactions(world, recorder, {
    deadlineMs: opts.interactionDeadlineMs ?? 3000,
    onMessageCreated: (message) => gateway.dispatchMessage(message.api, true),
  });
  const rest = new RestServer(
    world.token,
    recorder,
    buildRoutes({
      world,
      recorder,
      interactions,
      gatewayUrl: () => `${wsBase()}/gateway`,
      messageCreated: (message) => gateway.dispatchMessage(message.api, true),
    }),
  );
  server.on('request', (req, res) => void rest.handle(req, res));
  server.on('upgrade', (req, socket, head: Buffer) => gateway.upgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return new Standin(world, recorder, server, gateway, rest, interactions);
}
