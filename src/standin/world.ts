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
  readonly guildName: string;
  readonly channelId = nextSnowflake();
  readonly channelName = 'general';
  readonly roles: { everyone: ApiRole; admin: ApiRole; bot: ApiRole };
  readonly users = new Map<string, StandinUser>();
  readonly ownerId: string;

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
      bot: role(nextSnowflake(), opts.botName, MEMBER_PERMISSIONS, 1),
    };
    this.bot.roles.push(this.roles.bot.id);
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

  /** The member's guild-wide permissions: the union of @everyone and their roles (owners get everything). */
  permissionsOf(person: StandinUser): bigint {
    // Discord grants the owner everything regardless of roles.
    if (person.user.id === this.ownerId) return Object.values(Permission).reduce((a, b) => a | b);
    let bits = BigInt(this.roles.everyone.permissions);
    for (const r of Object.values(this.roles)) {
      if (person.roles.includes(r.id)) bits |= BigInt(r.permissions);
    }
    return bits;
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

  /** The text channel, in the shape GUILD_CREATE and GET /channels/{id} use. */
  channel(): Record<string, unknown> {
    return {
      id: this.channelId,
      type: 0,
      guild_id: this.guildId,
      name: this.channelName,
      position: 0,
      permission_overwrites: [],
      parent_id: null,
      topic: null,
      nsfw: false,
      last_message_id: null,
      rate_limit_per_user: 0,
    };
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
      channels: [this.channel()],
      threads: [],
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
