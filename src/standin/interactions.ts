import { randomBytes } from 'node:crypto';
import { createMessage, editMessage } from './messages.ts';
import type { Recorder, RecordedInteraction, RecordedMessage } from './recorder.ts';
import type { Reply } from './rest.ts';
import { nextSnowflake } from './snowflake.ts';
import { validateChoices, validateMessage, type ApiError } from './validate.ts';
import type { StandinUser, World } from './world.ts';

type Json = Record<string, unknown>;

/** Interaction types as Discord numbers them. */
export const InteractionType = { Command: 2, Component: 3, Autocomplete: 4 } as const;

/** Interaction callback types as Discord numbers them. */
export const Callback = { Reply: 4, Defer: 5, DeferUpdate: 6, Update: 7, Autocomplete: 8, Modal: 9 } as const;

/** Interaction tokens let the bot answer for 15 minutes; the first answer must come within the deadline. */
const TOKEN_LIFETIME_MS = 15 * 60_000;

/**
 * `app_permissions` in a DM with the bot: Attach Files, Embed Links, Mention Everyone and Use External Emojis
 * (what Discord documents for bot DMs).
 */
const DM_APP_PERMISSIONS = (1n << 15n) | (1n << 14n) | (1n << 17n) | (1n << 18n);

const unknownInteraction: Reply = { status: 404, body: { code: 10062, message: 'Unknown interaction' } };
const unknownWebhook: Reply = { status: 404, body: { code: 10015, message: 'Unknown Webhook' } };
const unknownMessage: Reply = { status: 404, body: { code: 10008, message: 'Unknown Message' } };

/**
 * Creates interaction payloads the way Discord shapes them and serves the routes the bot answers them through:
 * the callback, `@original` and follow-up webhooks. Enforces the acknowledgement deadline and single acknowledgement.
 */
export class Interactions {
  constructor(
    private readonly world: World,
    private readonly recorder: Recorder,
    private readonly opts: { deadlineMs: number; onMessageCreated: (message: RecordedMessage) => void },
  ) {}

  /**
   * Builds and records an INTERACTION_CREATE payload. discord.js throws while constructing the interaction unless
   * `entitlements`, `authorizing_integration_owners` and `app_permissions` are present, so they always are.
   * In a DM channel the payload has `user` and no guild or `member`, as Discord sends it.
   */
  create(
    type: number,
    person: StandinUser,
    data: Json,
    extra: Json = {},
    channelId: string = this.world.channelId,
  ): Json {
    const id = nextSnowflake();
    const token = `aW50ZXJhY3Rpb246${id}:${randomBytes(48).toString('base64url')}`;
    const record: RecordedInteraction = {
      id,
      token,
      type,
      userId: person.user.id,
      channelId,
      dispatchedAt: Date.now(),
      ack: undefined,
      rejected: [],
      originalMessageId:
        typeof extra.message === 'object' ? ((extra.message as Json).id as string) : undefined,
      followUpIds: [],
    };
    this.recorder.interactions.set(id, record);
    // In a DM there is no guild and no member: the user comes as `user`, and the guild install is owned by "0".
    const guildId = this.world.guildIdOf(channelId);
    const where =
      guildId === undefined
        ? {
            user: person.user,
            app_permissions: DM_APP_PERMISSIONS.toString(),
            authorizing_integration_owners: { '0': '0' },
            context: 1,
          }
        : {
            guild_id: guildId,
            guild: { id: guildId, locale: 'en-US', features: [] },
            member: {
              ...this.world.member(person),
              permissions: this.world.permissionsOf(person).toString(),
            },
            app_permissions: this.world.permissionsOf(this.world.bot).toString(),
            guild_locale: 'en-US',
            authorizing_integration_owners: { '0': guildId },
            context: 0,
          };
    return {
      id,
      application_id: this.world.applicationId,
      type,
      token,
      version: 1,
      channel_id: channelId,
      channel: this.world.channel(channelId),
      ...where,
      locale: 'en-US',
      entitlements: [],
      attachment_size_limit: 10_485_760,
      data,
      ...extra,
    };
  }

  /** POST /interactions/{id}/{token}/callback */
  callback(id: string, token: string, body: Json, withResponse: boolean): Reply {
    const record = this.recorder.interactions.get(id);
    if (!record || record.token !== token) return unknownInteraction;
    const afterMs = Date.now() - record.dispatchedAt;
    if (record.ack || afterMs > this.opts.deadlineMs) {
      record.rejected.push({ code: record.ack ? 40060 : 10062, afterMs });
      this.recorder.changed();
      return record.ack
        ? { status: 400, body: { code: 40060, message: 'Interaction has already been acknowledged.' } }
        : unknownInteraction;
    }
    const type = Number(body.type);
    const data = (body.data ?? {}) as Json;
    const invalid = this.checkCallback(record, type, data);
    if (invalid) return invalid;
    const message = this.applyCallback(record, type, data);
    record.ack = { type, afterMs, data };
    this.recorder.changed();
    if (!withResponse) return { status: 204 };
    return {
      status: 200,
      body: {
        interaction: {
          id,
          type: record.type,
          activity_instance_id: null,
          response_message_id: message?.id ?? null,
          response_message_loading: message?.loading ?? null,
          response_message_ephemeral: message?.ephemeral ?? null,
        },
        resource: { type, ...(message && { message: message.api }) },
      },
    };
  }

  private checkCallback(record: RecordedInteraction, type: number, data: Json): ApiError | undefined {
    const allowed: Record<number, number[]> = {
      [InteractionType.Command]: [Callback.Reply, Callback.Defer, Callback.Modal],
      [InteractionType.Component]: [
        Callback.Reply,
        Callback.Defer,
        Callback.DeferUpdate,
        Callback.Update,
        Callback.Modal,
      ],
      [InteractionType.Autocomplete]: [Callback.Autocomplete],
    };
    if (!allowed[record.type]?.includes(type)) {
      return {
        status: 400,
        body: { code: 50035, message: `Interaction callback type ${type} is not valid here` },
      };
    }
    if (type === Callback.Reply) return validateMessage(data, { partial: false });
    if (type === Callback.Update) return validateMessage(data, { partial: true });
    if (type === Callback.Autocomplete) return validateChoices(data);
    return undefined;
  }

  private applyCallback(record: RecordedInteraction, type: number, data: Json): RecordedMessage | undefined {
    if (type === Callback.Reply || type === Callback.Defer) {
      const message = this.respond(
        record,
        type === Callback.Defer ? { flags: data.flags } : data,
        type === Callback.Defer,
      );
      record.originalMessageId = message.id;
      return message;
    }
    const source = record.originalMessageId
      ? this.recorder.messages.get(record.originalMessageId)
      : undefined;
    if (type === Callback.Update && source) editMessage(this.world, this.recorder, source, data);
    return type === Callback.Update ? source : undefined;
  }

  private respond(record: RecordedInteraction, body: Json, loading: boolean): RecordedMessage {
    const user = this.world.users.get(record.userId)?.user ?? this.world.bot.user;
    const message = createMessage(this.world, this.recorder, {
      channelId: record.channelId,
      author: this.world.bot.user,
      body,
      interaction: { id: record.id, type: record.type, user },
      loading,
    });
    if (!message.ephemeral) this.opts.onMessageCreated(message);
    return message;
  }

  /** Finds the interaction behind a webhook token; tokens expire after 15 minutes. */
  private byToken(applicationId: string, token: string): RecordedInteraction | undefined {
    if (applicationId !== this.world.applicationId) return undefined;
    for (const record of this.recorder.interactions.values()) {
      if (record.token === token && Date.now() - record.dispatchedAt < TOKEN_LIFETIME_MS) return record;
    }
    return undefined;
  }

  private target(record: RecordedInteraction, messageId: string): RecordedMessage | undefined {
    const id = messageId === '@original' ? record.originalMessageId : messageId;
    const owned = id === record.originalMessageId || (id !== undefined && record.followUpIds.includes(id));
    return owned && id ? this.recorder.messages.get(id) : undefined;
  }

  /** GET, PATCH or DELETE /webhooks/{app}/{token}/messages/{message|@original} */
  webhookMessage(method: string, app: string, token: string, messageId: string, body: Json): Reply {
    const record = this.byToken(app, token);
    if (!record) return unknownWebhook;
    // Before the acknowledgement there is no @original to act on (a component's message does not count yet).
    const message = record.ack ? this.target(record, messageId) : undefined;
    if (!message || message.deleted) return unknownMessage;
    if (method === 'DELETE') {
      message.deleted = true;
      this.recorder.changed();
      return { status: 204 };
    }
    if (method === 'PATCH') {
      const invalid = validateMessage(body, { partial: true });
      if (invalid) return invalid;
      editMessage(this.world, this.recorder, message, body);
    }
    return { status: 200, body: message.api };
  }

  /** POST /webhooks/{app}/{token}: a follow-up. After a deferral the first one fills the "thinking…" message. */
  followUp(app: string, token: string, body: Json, wait: boolean): Reply {
    const record = this.byToken(app, token);
    if (!record) return unknownWebhook;
    if (!record.ack) return unknownWebhook;
    const invalid = validateMessage(body, { partial: false });
    if (invalid) return invalid;
    const original = record.originalMessageId
      ? this.recorder.messages.get(record.originalMessageId)
      : undefined;
    let message: RecordedMessage;
    if (record.ack.type === Callback.Defer && original?.loading) {
      editMessage(this.world, this.recorder, original, body);
      message = original;
    } else {
      message = this.respond(record, body, false);
      record.followUpIds.push(message.id);
    }
    this.recorder.changed();
    return wait ? { status: 200, body: message.api } : { status: 204 };
  }
}
