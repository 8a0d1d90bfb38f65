import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Message,
} from 'discord.js';
import { PermissionsBitField } from 'discord.js';
import type { MessagePayload } from '../../src/render/payload.ts';

/** What the bot sent, in order: the method and its argument. */
export interface Sent {
  method: 'reply' | 'deferReply' | 'editReply' | 'followUp' | 'respond';
  // Payloads are the bot's own render output plus flags; tests read them as such.
  body: MessagePayload & { flags?: number; choices?: { name: string; value: string }[] };
}

/** The bot user the fakes belong to. */
export const BOT = { id: '900000000000000001', username: 'CorpusBot', tag: 'CorpusBot#0000', bot: true };

interface Who {
  userId?: string;
  roles?: string[];
  /** Permission bits of the member in this server; none by default. */
  permissions?: bigint;
}

/**
 * The response side of an interaction with discord.js's rules: one initial response (reply or defer), edits and
 * follow-ups only after it. Breaking a rule throws as discord.js does, so a test fails on a real bug.
 */
class Responses {
  readonly sent: Sent[] = [];
  replied = false;
  deferred = false;
  responded = false;
  /** Make the next call of this method throw (a network failure, an expired token). */
  failOn: Sent['method'] | undefined;

  record(method: Sent['method'], body: unknown): void {
    if (this.failOn === method) throw new Error(`fake: ${method} failed`);
    const initial = method === 'reply' || method === 'deferReply';
    if (initial && (this.replied || this.deferred)) throw new Error('InteractionAlreadyReplied');
    if (!initial && method !== 'respond' && !this.replied && !this.deferred)
      throw new Error('InteractionNotReplied');
    this.sent.push({ method, body: (body ?? {}) as Sent['body'] });
  }

  async reply(body: unknown) {
    this.record('reply', body);
    this.replied = true;
  }
  async deferReply(body?: unknown) {
    this.record('deferReply', body);
    this.deferred = true;
  }
  async editReply(body: unknown) {
    this.record('editReply', body);
    this.replied = true;
  }
  async followUp(body: unknown) {
    this.record('followUp', body);
  }
  async respond(choices: unknown) {
    this.record('respond', { choices });
    this.responded = true;
  }
  /** The last message the user can see (the edited reply, or the reply). */
  get last(): Sent['body'] | undefined {
    return this.sent.filter((s) => s.method !== 'deferReply').at(-1)?.body;
  }
}

let nextId = 1_000_000_000_000_000_000n;
const snowflake = () => String(nextId++);

function base(kind: 'chat' | 'autocomplete' | 'button', who: Who) {
  const responses = new Responses();
  const roles = who.roles ?? [];
  return Object.assign(responses, {
    id: snowflake(),
    user: { id: who.userId ?? '200000000000000001', bot: false, username: 'asker' },
    member: { roles },
    memberPermissions: new PermissionsBitField(who.permissions ?? 0n),
    client: { user: BOT },
    channelId: '300000000000000001',
    isChatInputCommand: () => kind === 'chat',
    isAutocomplete: () => kind === 'autocomplete',
    isButton: () => kind === 'button',
    isRepliable: () => kind !== 'autocomplete',
  });
}

/** Options as discord.js exposes them, from a plain record. */
function options(values: Record<string, string | number | boolean>, focused?: string) {
  const get = (name: string, required?: boolean) => {
    if (required && values[name] === undefined) throw new Error(`fake: required option ${name} missing`);
    return values[name] ?? null;
  };
  return {
    getString: get,
    getInteger: get,
    getBoolean: get,
    getFocused: () => (focused === undefined ? '' : String(values[focused] ?? '')),
  };
}

/** A slash command invocation, e.g. `chatInput('ask', { question: 'who?' })`. */
export function chatInput(
  commandName: string,
  values: Record<string, string | number | boolean> = {},
  who: Who = {},
) {
  const fake = Object.assign(base('chat', who), { commandName, options: options(values) });
  return fake as unknown as ChatInputCommandInteraction & Responses;
}

/** Typing into an autocomplete option: `autocomplete('source', 'document', 'iran')`. */
export function autocomplete(commandName: string, option: string, typed: string, who: Who = {}) {
  const fake = Object.assign(base('autocomplete', who), {
    commandName,
    options: options({ [option]: typed }, option),
  });
  return fake as unknown as AutocompleteInteraction & Responses;
}

/** Pressing a button with this `custom_id`. */
export function buttonPress(customId: string, who: Who = {}) {
  const fake = Object.assign(base('button', who), { customId });
  return fake as unknown as ButtonInteraction & Responses;
}

/** A channel message, recording the bot's replies to it. */
export function message(
  content: string,
  opts: { authorId?: string; bot?: boolean; channelId?: string } = {},
) {
  const replies: MessagePayload[] = [];
  const fake = {
    id: snowflake(),
    content,
    author: { id: opts.authorId ?? '200000000000000001', bot: opts.bot ?? false },
    channelId: opts.channelId ?? '300000000000000001',
    client: { user: BOT },
    replies,
    async reply(body: MessagePayload) {
      replies.push(body);
    },
  };
  return fake as unknown as Message & { replies: MessagePayload[] };
}
