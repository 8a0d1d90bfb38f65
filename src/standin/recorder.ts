import { EventEmitter } from 'node:events';

/** One HTTP request the bot made, with the stand-in's answer. */
export interface RecordedRequest {
  method: string;
  /** The decoded path below /api/v10, e.g. `/webhooks/123/abc/messages/@original`. */
  path: string;
  /** The route template that matched, e.g. `PATCH /webhooks/:app/:token/messages/:message`, or `unknown`. */
  route: string;
  query: Record<string, string>;
  body: unknown;
  status: number;
  at: number;
}

/** Who would be pinged by a message, computed from its content and the bot's `allowed_mentions`. */
export interface Pings {
  everyone: boolean;
  users: string[];
  roles: string[];
}

/** A message as a user would see it in the channel (the latest version after edits). */
export interface RecordedMessage {
  id: string;
  channelId: string;
  authorId: string;
  content: string;
  embeds: Array<Record<string, unknown>>;
  components: Array<Record<string, unknown>>;
  /** Only the invoking user sees it (interaction responses with flag 64). */
  ephemeral: boolean;
  /** A deferred response Discord shows as "Bot is thinking…" until the bot edits it. */
  loading: boolean;
  /** What the bot sent as `allowed_mentions` (undefined when it sent none: Discord then pings everything). */
  allowedMentions: Record<string, unknown> | undefined;
  pings: Pings;
  /** The message this one replies to (`message_reference.message_id`). */
  replyTo: string | undefined;
  /** The interaction this message answers, if any. */
  interactionId: string | undefined;
  createdAt: number;
  editedAt: number | undefined;
  deleted: boolean;
  /** The raw API object the stand-in serves for this message. */
  api: Record<string, unknown>;
}

/** How the bot acknowledged an interaction. */
export interface RecordedAck {
  /** Callback type: 4 reply, 5 defer, 6 defer update, 7 update, 8 autocomplete result, 9 modal. */
  type: number;
  /** Milliseconds between the dispatch and the callback. */
  afterMs: number;
  data: Record<string, unknown> | undefined;
}

/** An interaction the stand-in dispatched and what became of it. */
export interface RecordedInteraction {
  id: string;
  token: string;
  /** 2 slash command, 3 component, 4 autocomplete. */
  type: number;
  userId: string;
  /** Where it was used; its response and follow-ups appear there. */
  channelId: string;
  dispatchedAt: number;
  ack: RecordedAck | undefined;
  /** Rejected callbacks (late: 10062, second ack: 40060), kept so a test failure can say why. */
  rejected: Array<{ code: number; afterMs: number }>;
  /** The message `@original` refers to: the response, or for a component the message it sits on. */
  originalMessageId: string | undefined;
  followUpIds: string[];
}

/**
 * Everything the bot sent, kept so tests can assert on what a user would see. Changes emit `change`, which
 * {@link Recorder.waitFor} uses so tests wait for events instead of sleeping.
 */
export class Recorder {
  readonly requests: RecordedRequest[] = [];
  readonly messages = new Map<string, RecordedMessage>();
  readonly interactions = new Map<string, RecordedInteraction>();
  /** Gateway events in order, e.g. `connect /gateway`, `identify`, `resume seq=4 replayed=1`, `close 4200`. */
  readonly gateway: string[] = [];
  /** Application commands as last registered, keyed by scope: `global` or a guild id. */
  readonly commands = new Map<string, Array<Record<string, unknown>>>();
  private readonly changes = new EventEmitter();

  constructor() {
    // Many tests may wait at once; the default cap of 10 listeners would only produce a spurious warning.
    this.changes.setMaxListeners(0);
  }

  /** Call after mutating any recorded state so waiters re-check. */
  changed(): void {
    this.changes.emit('change');
  }

  /** Records an HTTP request. */
  request(entry: RecordedRequest): void {
    this.requests.push(entry);
    this.changed();
  }

  /** Records a gateway event. */
  gatewayEvent(line: string): void {
    this.gateway.push(line);
    this.changed();
  }

  /** The channel as people see it: non-deleted, non-ephemeral messages in order (ephemeral ones when `forUser`). */
  channelMessages(channelId: string, forUser?: string): RecordedMessage[] {
    return [...this.messages.values()].filter(
      (m) =>
        m.channelId === channelId &&
        !m.deleted &&
        (!m.ephemeral || (forUser !== undefined && this.interactionUser(m) === forUser)),
    );
  }

  private interactionUser(m: RecordedMessage): string | undefined {
    return m.interactionId ? this.interactions.get(m.interactionId)?.userId : undefined;
  }

  /**
   * Resolves with the first truthy value `probe` returns, re-checking after every recorded change. Rejects after
   * `timeoutMs` with `describe()` in the message so a failing test says what did happen.
   */
  waitFor<T>(probe: () => T | undefined, describe: () => string, timeoutMs = 8000): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = (): boolean => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error instanceof Error ? error : new Error(String(error)));
          return true;
        }
        if (value === undefined || value === null || value === false) return false;
        finish();
        resolve(value);
        return true;
      };
      const onChange = (): void => void check();
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`stand-in: timed out after ${timeoutMs} ms waiting for ${describe()}`));
      }, timeoutMs);
      const finish = (): void => {
        clearTimeout(timer);
        this.changes.off('change', onChange);
      };
      if (!check()) this.changes.on('change', onChange);
    });
  }
}
