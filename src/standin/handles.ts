import { Callback } from './interactions.ts';
import type { Recorder, RecordedAck, RecordedInteraction, RecordedMessage } from './recorder.ts';

/** An autocomplete choice as the bot returned it. */
export interface Choice {
  name: string;
  value: string | number;
}

/**
 * A dispatched interaction, from the user's side: wait for the acknowledgement, the reply they would see, follow-ups
 * or autocomplete choices. Every wait rejects with a description of what did happen if the bot never answers.
 */
export class InteractionHandle {
  constructor(
    private readonly recorder: Recorder,
    /** The INTERACTION_CREATE payload as dispatched. */
    readonly payload: Record<string, unknown>,
    private readonly label: string,
  ) {}

  /** The interaction id. */
  get id(): string {
    return this.payload.id as string;
  }

  private get record(): RecordedInteraction {
    const record = this.recorder.interactions.get(this.id);
    if (!record) throw new Error(`stand-in: interaction ${this.id} was never recorded`);
    return record;
  }

  private describe = (): string => {
    const r = this.record;
    const rejected = r.rejected.map((x) => `${x.code} after ${x.afterMs} ms`).join(', ') || 'none';
    return `${this.label}: ack=${r.ack ? `type ${r.ack.type} after ${r.ack.afterMs} ms` : 'none'}, rejected callbacks: ${rejected}`;
  };

  /** Fails fast when Discord refused the bot's only attempt to acknowledge (late or duplicate). */
  private refused(): void {
    const r = this.record;
    if (!r.ack && r.rejected.length > 0)
      throw new Error(`stand-in: Discord refused the callback — ${this.describe()}`);
  }

  /** Resolves with how the bot acknowledged the interaction. */
  ack(): Promise<RecordedAck> {
    return this.recorder.waitFor(() => {
      this.refused();
      return this.record.ack;
    }, this.describe);
  }

  /**
   * Resolves with the message the user sees as the answer: the reply; for a deferral, the message once the bot
   * filled it in; for a button update, the updated message.
   */
  reply(): Promise<RecordedMessage> {
    return this.recorder.waitFor(() => {
      this.refused();
      const r = this.record;
      if (!r.ack) return undefined;
      if (r.ack.type === Callback.Autocomplete)
        throw new Error(`stand-in: ${this.label} was autocomplete, use choices()`);
      const message = r.originalMessageId ? this.recorder.messages.get(r.originalMessageId) : undefined;
      if (!message) return undefined;
      if (r.ack.type === Callback.Defer) return message.loading ? undefined : message;
      if (r.ack.type === Callback.DeferUpdate) {
        return message.editedAt !== undefined && message.editedAt >= r.dispatchedAt ? message : undefined;
      }
      return message;
    }, this.describe);
  }

  /** Resolves with the n-th follow-up message (0-based). */
  followUp(index = 0): Promise<RecordedMessage> {
    return this.recorder.waitFor(
      () => {
        const id = this.record.followUpIds[index];
        return id ? this.recorder.messages.get(id) : undefined;
      },
      () => `follow-up #${index} of ${this.describe()}`,
    );
  }

  /** Resolves with the autocomplete choices the bot offered. */
  async choices(): Promise<Choice[]> {
    const ack = await this.ack();
    if (ack.type !== Callback.Autocomplete)
      throw new Error(`stand-in: ${this.label} answered with type ${ack.type}`);
    return (ack.data?.choices ?? []) as Choice[];
  }
}

/** A message a user posted, with the bot's replies to it. */
export class MessageHandle {
  constructor(
    private readonly recorder: Recorder,
    /** The user's message as it appears in the channel. */
    readonly message: RecordedMessage,
  ) {}

  /** Every message the bot posted in reply to this one so far. */
  replies(): RecordedMessage[] {
    return [...this.recorder.messages.values()].filter((m) => m.replyTo === this.message.id && !m.deleted);
  }

  /** Resolves with the bot's first reply to this message. */
  reply(): Promise<RecordedMessage> {
    return this.recorder.waitFor(
      () => this.replies()[0],
      () => `a reply to message "${this.message.content}"`,
    );
  }
}
