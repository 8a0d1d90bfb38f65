import type { Pings, Recorder, RecordedMessage } from './recorder.ts';
import { nextSnowflake } from './snowflake.ts';
import type { ApiUser, World } from './world.ts';

/** Message flags the stand-in understands. */
const MessageFlag = { Ephemeral: 64, Loading: 128 } as const;

type Json = Record<string, unknown>;

/** Where a new message comes from and what it answers. */
export interface NewMessage {
  channelId: string;
  author: ApiUser;
  body: Json;
  /** Set for interaction responses and follow-ups. */
  interaction?: { id: string; type: number; user: ApiUser };
  /** A deferred response: visible as "thinking…" until edited. */
  loading?: boolean;
}

/**
 * Who a message pings, following Discord's rules: with no `allowed_mentions` everything in the content pings; with
 * one, only the kinds in `parse` and the ids listed; a reply pings its author only with `replied_user: true`.
 */
export function computePings(content: string, allowed: Json | undefined, repliedUserId?: string): Pings {
  const users = [...content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1] as string);
  const roles = [...content.matchAll(/<@&(\d{17,20})>/g)].map((m) => m[1] as string);
  const everyone = /@(everyone|here)\b/.test(content);
  if (!allowed) {
    return {
      everyone,
      users: unique([...users, ...(repliedUserId ? [repliedUserId] : [])]),
      roles: unique(roles),
    };
  }
  const parse = Array.isArray(allowed.parse) ? (allowed.parse as string[]) : [];
  const listed = (key: string): string[] => (Array.isArray(allowed[key]) ? (allowed[key] as string[]) : []);
  const pingedUsers = users.filter((id) => parse.includes('users') || listed('users').includes(id));
  if (repliedUserId && allowed.replied_user === true) pingedUsers.push(repliedUserId);
  return {
    everyone: everyone && parse.includes('everyone'),
    users: unique(pingedUsers),
    roles: unique(roles.filter((id) => parse.includes('roles') || listed('roles').includes(id))),
  };
}

const unique = (ids: string[]): string[] => [...new Set(ids)];

/** Creates, records and returns a message; the caller decides whether to dispatch MESSAGE_CREATE. */
export function createMessage(world: World, recorder: Recorder, spec: NewMessage): RecordedMessage {
  const id = nextSnowflake();
  const flags = Number(spec.body.flags ?? 0) | (spec.loading ? MessageFlag.Loading : 0);
  const reference = spec.body.message_reference as Json | undefined;
  const replyTo = typeof reference?.message_id === 'string' ? reference.message_id : undefined;
  const guildId = world.guildIdOf(spec.channelId);
  const api: Json = {
    id,
    channel_id: spec.channelId,
    ...(guildId !== undefined && { guild_id: guildId }),
    // Gateway MESSAGE_CREATE carries the channel's type, so a client can handle a channel it has not cached.
    channel_type: world.channelType(spec.channelId),
    author: spec.author,
    content: '',
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    // 20 = CHAT_INPUT_COMMAND response, 19 = REPLY, 0 = DEFAULT.
    type: spec.interaction?.type === 2 ? 20 : replyTo ? 19 : 0,
    flags,
    ...(spec.interaction && {
      webhook_id: world.applicationId,
      application_id: world.applicationId,
      interaction_metadata: {
        id: spec.interaction.id,
        type: spec.interaction.type,
        user: spec.interaction.user,
        authorizing_integration_owners: { '0': guildId ?? '0' },
      },
    }),
    ...(reference && {
      message_reference: {
        type: 0,
        channel_id: spec.channelId,
        ...(guildId !== undefined && { guild_id: guildId }),
        message_id: replyTo,
      },
    }),
  };
  const message: RecordedMessage = {
    id,
    channelId: spec.channelId,
    authorId: spec.author.id,
    content: '',
    embeds: [],
    components: [],
    ephemeral: (flags & MessageFlag.Ephemeral) !== 0,
    loading: spec.loading ?? false,
    allowedMentions: undefined,
    pings: { everyone: false, users: [], roles: [] },
    replyTo,
    interactionId: spec.interaction?.id,
    createdAt: Date.now(),
    editedAt: undefined,
    deleted: false,
    api,
  };
  applyBody(world, recorder, message, spec.body);
  // applyBody treats the body as an edit; a new message is not edited, and loading only when deferred.
  message.loading = spec.loading ?? false;
  message.editedAt = undefined;
  Object.assign(api, { flags, edited_timestamp: null });
  recorder.messages.set(id, message);
  recorder.changed();
  return message;
}

/** Applies an edit (or the initial body) to a message: only the keys present change, as on Discord. */
export function editMessage(world: World, recorder: Recorder, message: RecordedMessage, body: Json): void {
  applyBody(world, recorder, message, body);
  recorder.changed();
}

function applyBody(world: World, recorder: Recorder, message: RecordedMessage, body: Json): void {
  if (typeof body.content === 'string' || body.content === null) message.content = body.content ?? '';
  if (Array.isArray(body.embeds))
    message.embeds = (body.embeds as Json[]).map((e) => ({ type: 'rich', ...e }));
  if (Array.isArray(body.components)) message.components = body.components as Json[];
  if ('allowed_mentions' in body)
    message.allowedMentions = (body.allowed_mentions as Json | null) ?? undefined;
  message.loading = false;
  message.editedAt = Date.now();
  const replied = message.replyTo ? recorder.messages.get(message.replyTo)?.authorId : undefined;
  message.pings = computePings(message.content, message.allowedMentions, replied);
  const mentioned = [...message.content.matchAll(/<@!?(\d{17,20})>/g)].map((m) => m[1]);
  Object.assign(message.api, {
    content: message.content,
    embeds: message.embeds,
    components: message.components,
    mention_everyone: message.pings.everyone,
    mentions: [...world.users.values()].filter((p) => mentioned.includes(p.user.id)).map((p) => p.user),
    mention_roles: message.pings.roles,
    flags: Number(message.api.flags) & ~MessageFlag.Loading,
    edited_timestamp: new Date(message.editedAt).toISOString(),
  });
}
