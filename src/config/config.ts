import { z } from 'zod';

/** Log levels pino understands, plus `silent`. */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

/** One of {@link LOG_LEVELS}. */
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Everything the bot needs to run, validated once at start-up.
 *
 * @example
 * parseConfig({ DISCORD_TOKEN: 'MTIz.Gx.abc', DISCORD_CLIENT_ID: '123456789012345678' }).seedsDir // 'seeds/'
 */
export interface BotConfig {
  /** Bot token from the Developer Portal. Never log it. */
  token: string;
  /** Application (client) id: command registration needs it. */
  clientId: string;
  /** Development guild: commands registered there appear instantly; globally otherwise. */
  guildId: string | undefined;
  /** Folder of documents the bot answers from. */
  seedsDir: string;
  /** Roles allowed to run `/reload` besides members with Manage Server. */
  adminRoleIds: string[];
  /** Users allowed to run `/reload` besides members with Manage Server. */
  adminUserIds: string[];
  /** Per-user pause between questions (`/ask` and mentions); 0 disables it. */
  askCooldownSeconds: number;
  /** Per-channel pause between mention answers; 0 disables it. */
  mentionChannelCooldownSeconds: number;
  logLevel: LogLevel;
  /** REST base such as `http://127.0.0.1:PORT/api` for a local Discord; Discord itself when undefined. */
  apiBase: string | undefined;
}

/** One invalid or missing key and what to do about it. */
export interface ConfigProblem {
  key: string;
  message: string;
}

/** Thrown by {@link parseConfig}; its message names every bad key at once, ready to print. */
export class ConfigError extends Error {
  constructor(readonly problems: ConfigProblem[]) {
    const several = problems.length > 1;
    super(
      [
        `Configuration problem${several ? 's' : ''} — fix ${several ? 'these keys' : 'this key'} in .env (see .env.example) and start again:`,
        ...problems.map((p) => `  ${p.key}: ${p.message}`),
      ].join('\n'),
    );
    this.name = 'ConfigError';
  }
}

/** Environment as read from `process.env` and `.env`. */
export type Env = Record<string, string | undefined>;

/** Discord's Developer Portal, where tokens, application ids and intents are managed: named in admin messages. */
export const PORTAL = 'https://discord.com/developers/applications';
const SNOWFLAKE = /^\d{17,20}$/;
// A bot token is three base64url parts joined by dots (id.timestamp.hmac).
const TOKEN = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/** A required key; `missing` says where to find its value. */
const required = (missing: string) =>
  z.string({ error: (issue) => (issue.input === undefined ? `missing — ${missing}` : 'must be text') });

const snowflakeError = (what: string) => ({ error: `must be ${what}, a 17–20 digit number` });

/** Comma-separated snowflakes; every bad entry is named so the admin can find it. */
const idList = (what: string) =>
  z
    .string()
    .optional()
    .transform((value, ctx) => {
      const ids = (value ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter((id) => id !== '');
      const bad = ids.filter((id) => !SNOWFLAKE.test(id));
      if (bad.length > 0) {
        ctx.issues.push({
          code: 'custom',
          input: value,
          message: `${bad.map((id) => JSON.stringify(id)).join(', ')} ${bad.length > 1 ? 'are not' : 'is not a'} ${what} id${bad.length > 1 ? 's' : ''}; list ids (17–20 digits) separated by commas — Discord Developer Mode → right-click → Copy ID`,
        });
      }
      return ids;
    });

const seconds = (fallback: number) =>
  z
    .string()
    .regex(/^\d{1,5}$/, { error: 'must be a whole number of seconds (0 turns the cooldown off)' })
    .optional()
    .transform((value) => (value === undefined ? fallback : Number(value)));

const schema = z.object({
  DISCORD_TOKEN: required(`paste the bot token from ${PORTAL} → your application → Bot → Reset Token`).regex(
    TOKEN,
    {
      error:
        'does not look like a bot token (three parts separated by dots); copy it again from the Developer Portal → Bot → Reset Token, without quotes or a "Bot " prefix',
    },
  ),
  DISCORD_CLIENT_ID: required(
    `copy the Application ID from ${PORTAL} → your application → General Information`,
  ).regex(SNOWFLAKE, snowflakeError('the Application ID')),
  DISCORD_GUILD_ID: z
    .string()
    .regex(SNOWFLAKE, snowflakeError('a server id (right-click the server → Copy Server ID)'))
    .optional(),
  SEEDS_DIR: z.string().default('seeds/'),
  ADMIN_ROLE_IDS: idList('role'),
  ADMIN_USER_IDS: idList('user'),
  ASK_COOLDOWN_SECONDS: seconds(5),
  MENTION_CHANNEL_COOLDOWN_SECONDS: seconds(2),
  LOG_LEVEL: z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  DISCORD_API_BASE: z
    .url({ protocol: /^https?$/, error: 'must be an http(s) URL such as http://127.0.0.1:8080/api' })
    .optional(),
});

/** The keys {@link parseConfig} reads, in the order `.env.example` lists them. */
export const CONFIG_KEYS = Object.keys(schema.shape) as (keyof typeof schema.shape)[];

/**
 * Validates the whole configuration at once.
 *
 * Pure: reads only `env`, so tests pass a plain record. Blank values count as unset.
 *
 * @throws {ConfigError} naming every missing or malformed key and what to do about it.
 * @example
 * const config = parseConfig(readEnv());
 */
export function parseConfig(env: Env): BotConfig {
  const input = Object.fromEntries(CONFIG_KEYS.map((key) => [key, blankToUndefined(env[key])]));
  const result = schema.safeParse(input);
  if (!result.success) {
    const problems = new Map<string, string>();
    for (const issue of result.error.issues) {
      const key = String(issue.path[0]);
      // The first issue per key is the most basic one (missing before malformed).
      if (!problems.has(key)) problems.set(key, issue.message);
    }
    throw new ConfigError([...problems].map(([key, message]) => ({ key, message })));
  }
  const c = result.data;
  return {
    token: c.DISCORD_TOKEN,
    clientId: c.DISCORD_CLIENT_ID,
    guildId: c.DISCORD_GUILD_ID,
    seedsDir: c.SEEDS_DIR,
    adminRoleIds: c.ADMIN_ROLE_IDS,
    adminUserIds: c.ADMIN_USER_IDS,
    askCooldownSeconds: c.ASK_COOLDOWN_SECONDS,
    mentionChannelCooldownSeconds: c.MENTION_CHANNEL_COOLDOWN_SECONDS,
    logLevel: c.LOG_LEVEL,
    apiBase: c.DISCORD_API_BASE,
  };
}

/**
 * Whether a Discord token is configured at all (valid or not).
 *
 * Lets `main` choose between connecting to Discord and the local playground before validating.
 */
export function hasDiscordToken(env: Env): boolean {
  return blankToUndefined(env.DISCORD_TOKEN) !== undefined;
}

/** Blank counts as unset: `.env.example` ships keys with empty values. */
function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed === '' ? undefined : trimmed;
}
