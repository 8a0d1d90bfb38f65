import { nextSnowflake } from './snowflake.ts';

/** Permission bits the stand-in hands out (values from Discord's permission table). */
const Permission = {
  Administrator: 1n << 3n,
  ManageGuild: 1n << 5n,
  AddReactions: 1n << 6n,
  ViewChannel: 1n << 10n,
  SendMessages: 1n << 11n,
  EmbedLinks: 1n << 14n,
  AttachFiles: 1n << 15n,
  ReadMessageHistory: 1n << 16n,
  MentionEveryone: 1n << 17n,
  UseApplicationCommands: 1n << 31n,
} as const;

/** What an ordinary member may do in the stand-in guild: talk and use commands, nothing administrative. */
const MEMBER_PERMISSIONS =
  Permission.ViewChannel |
  Permission.SendMessages |
  Permission.EmbedLinks |
  Permission.AttachFiles |
  Permission.AddReactions |
  Permission.ReadMessageHistory |
  Permission.UseApplicationCommands;

/** A Discord user as the API serialises it. */
export interface ApiUser {
  id: string;
  username: string;
  global_name: string | null;
  discriminator: string;
  avatar: null;
  bot?: boolean;
}

/** A person (or the bot) in the stand-in guild. */
export interface StandinUser {
  user: ApiUser;
  /** Role ids besides @everyone. */
  roles: string[];
}

/**
 * Where a user talks to the bot: the guild's text channel, a thread in it, a voice channel's text chat, an
 * announcement channel, a thread the bot was never told about (no GUILD_CREATE entry, no THREAD_CREATE), a
 * channel of another server that installed only the commands (the bot user is not there, so no GUILD_CREATE),
 * or a DM.
 */
export type Place =
  'text' | 'thread' | 'voice' | 'announcement' | 'unannounced-thread' | 'commands-only-server' | 'dm';

/** Channel types as Discord numbers them. */
const ChannelType = { GuildText: 0, DM: 1, GuildVoice: 2, GuildAnnouncement: 5, PublicThread: 11 } as const;

/** A guild role as the API serialises it. */
export interface ApiRole {
  id: string;
  name: string;
  permissions: string;
  position: number;
  color: number;
  hoist: boolean;
  managed: boolean;
  mentionable: boolean;
  flags: number;
  /** Set on the role Discord manages for a bot: its user id. */
  tags?: { bot_id: string };
}

/**
 * The fixed little universe the stand-in serves: one application and its bot user, one guild with a text channel,
 * roles, and the people in it. Tests add people with {@link World.addUser}.
 */
export class World {
  readonly token: string;
  readonly applicationId = nextSnowflake();
  readonly bot: StandinUser;
  readonly guildId = nextSnowflake();
  /** A server that added the app's commands but not its bot user: interactions come from it, nothing else. */
  readonly commandsOnlyGuildId = nextSnowflake();
  readonly guildName: string;
  readonly channelId = nextSnowflake();
  readonly channelName = 'general';
  /** Channel ids by {@link Place}; `text` is {@link World.channelId}. DMs are per user: see `channelIdOf`. */
  readonly channelIds: Record<Exclude<Place, 'dm'>, string>;
  private readonly dmChannels = new Map<string, string>();
  readonly roles: { everyone: ApiRole; admin: ApiRole; bot: ApiRole };
  readonly users = new Map<string, StandinUser>();
  readonly ownerId: string;
  /** Permissions a test took from the bot, as a channel overwrite would (see {@link World.denyBot}). */
  private botDenied = 0n;

  constructor(opts: { token: string; botName: string; guildName: string }) {
    this.token = opts.token;
    this.guildName = opts.guildName;
    // The bot user shares the application's id, as it does on Discord.
    this.bot = {
      user: { ...apiUser(opts.botName), id: this.applicationId, bot: true },
      roles: [],
    };
    this.roles = {
      everyone: role(this.guildId, '@everyone', MEMBER_PERMISSIONS, 0),
      admin: role(nextSnowflake(), 'Admin', MEMBER_PERMISSIONS | Permission.ManageGuild, 2),
      // The role Discord creates for a bot when it joins: managed, tagged with the bot's id.
      bot: {
        ...role(nextSnowflake(), opts.botName, MEMBER_PERMISSIONS, 1),
        managed: true,
        tags: { bot_id: this.applicationId },
      },
    };
    this.bot.roles.push(this.roles.bot.id);
    this.channelIds = {
      text: this.channelId,
      thread: nextSnowflake(),
      voice: nextSnowflake(),
      announcement: nextSnowflake(),
      'unannounced-thread': nextSnowflake(),
      'commands-only-server': nextSnowflake(),
    };
    this.users.set(this.bot.user.id, this.bot);
    this.ownerId = this.addUser({ username: 'owner', admin: true }).user.id;
  }

  /** Adds a person to the guild; `admin` gives them the Admin role (Manage Server). */
  addUser(opts: { username: string; admin?: boolean }): StandinUser {
    const person: StandinUser = {
      user: apiUser(opts.username),
      roles: opts.admin ? [this.roles.admin.id] : [],
    };
    this.users.set(person.user.id, person);
    return person;
  }

  /** Takes a permission from the bot, as a server admin's channel overwrite would; `app_permissions` shows it. */
  denyBot(permission: 'SendMessages'): void {
    this.botDenied |= Permission[permission];
  }

  /** Whether the bot holds `permission` in a channel (in a DM, sending is always allowed). */
  botMay(permission: 'SendMessages', channelId: string): boolean {
    return this.isDm(channelId) || (this.permissionsOf(this.bot) & Permission[permission]) !== 0n;
  }

  /**
   * The member's permissions: the union of @everyone and their roles (owners get everything), less what was taken
   * from the bot with {@link World.denyBot}.
   */
  permissionsOf(person: StandinUser): bigint {
    // Discord grants the owner everything regardless of roles.
    if (person.user.id === this.ownerId) return Object.values(Permission).reduce((a, b) => a | b);
    let bits = BigInt(this.roles.everyone.permissions);
    for (const r of Object.values(this.roles)) {
      if (person.roles.includes(r.id)) bits |= BigInt(r.permissions);
    }
    return person === this.bot ? bits & ~this.botDenied : bits;
  }

  /** The guild member object as sent in GUILD_CREATE and messages. */
  member(person: StandinUser): Record<string, unknown> {
    return {
      user: person.user,
      roles: person.roles,
      nick: null,
      avatar: null,
      joined_at: '2026-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
    };
  }

  /** The channel id for a place; DMs get one channel per user, as on Discord. */
  channelIdOf(place: Place, person: StandinUser): string {
    if (place !== 'dm') return this.channelIds[place];
    let id = this.dmChannels.get(person.user.id);
    if (id === undefined) {
      id = nextSnowflake();
      this.dmChannels.set(person.user.id, id);
    }
    return id;
  }

  /** Whether `id` names a DM channel (messages there carry no guild). */
  isDm(id: string): boolean {
    return [...this.dmChannels.values()].includes(id);
  }

  /** The server a channel belongs to; undefined for a DM. */
  guildIdOf(channelId: string): string | undefined {
    if (this.isDm(channelId)) return undefined;
    return channelId === this.channelIds['commands-only-server'] ? this.commandsOnlyGuildId : this.guildId;
  }

  /**
   * A channel in the shape GUILD_CREATE and GET /channels/{id} use (the guild's text channel by default), or
   * undefined for an id the stand-in does not know.
   */
  channel(id: string = this.channelId): Record<string, unknown> | undefined {
    const dmUser = [...this.dmChannels].find(([, channel]) => channel === id)?.[0];
    if (dmUser !== undefined) {
      const recipient = this.users.get(dmUser)?.user;
      return { id, type: ChannelType.DM, last_message_id: null, flags: 0, recipients: [recipient] };
    }
    const base = {
      id,
      guild_id: this.guildIdOf(id),
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
    const ids = this.channelIds;
    if (id === ids.text) return { ...base, type: ChannelType.GuildText, name: this.channelName, topic: null };
    if (id === ids['commands-only-server'])
      return { ...base, type: ChannelType.GuildText, name: 'elsewhere', topic: null };
    if (id === ids.voice)
      return { ...base, type: ChannelType.GuildVoice, name: 'Lounge', bitrate: 64_000, user_limit: 0 };
    if (id === ids.announcement)
      return { ...base, type: ChannelType.GuildAnnouncement, name: 'announcements', topic: null };
    if (id === ids.thread || id === ids['unannounced-thread']) {
      return {
        ...base,
        type: ChannelType.PublicThread,
        name: id === ids.thread ? 'harvest questions' : 'late thread',
        parent_id: this.channelId,
        owner_id: this.ownerId,
        message_count: 0,
        member_count: 1,
        total_message_sent: 0,
        thread_metadata: {
          archived: false,
          auto_archive_duration: 1440,
          archive_timestamp: '2026-01-01T00:00:00.000Z',
          locked: false,
        },
      };
    }
    return undefined;
  }

  /** The channel's type number, for MESSAGE_CREATE's `channel_type`. */
  channelType(id: string): number | undefined {
    return this.channel(id)?.type as number | undefined;
  }

  /** The full guild object for GUILD_CREATE (Discord sends these arrays even when empty; discord.js iterates them). */
  guild(): Record<string, unknown> {
    return {
      id: this.guildId,
      name: this.guildName,
      icon: null,
      splash: null,
      discovery_splash: null,
      owner_id: this.ownerId,
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 1,
      explicit_content_filter: 0,
      roles: Object.values(this.roles),
      emojis: [],
      stickers: [],
      features: [],
      mfa_level: 0,
      application_id: null,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      premium_subscription_count: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      joined_at: '2026-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: this.users.size,
      members: [...this.users.values()].map((p) => this.member(p)),
      channels: [this.channelIds.text, this.channelIds.voice, this.channelIds.announcement].map((id) =>
        this.channel(id),
      ),
      // Active threads the bot can see; the unannounced one is missing on purpose.
      threads: [this.channel(this.channelIds.thread)],
      presences: [],
      voice_states: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }
}

function apiUser(username: string): ApiUser {
  return { id: nextSnowflake(), username, global_name: username, discriminator: '0', avatar: null };
}

function role(id: string, name: string, permissions: bigint, position: number): ApiRole {
  return {
    id,
    name,
    permissions: permissions.toString(),
    position,
    color: 0,
    hoist: false,
    managed: false,
    mentionable: false,
    flags: 0,
  };
}
