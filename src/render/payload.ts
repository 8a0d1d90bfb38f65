import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';

/** Discord's limits, in UTF-16 units (what `.length` counts). */
export const LIMITS = {
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  /** Title, description, field names and values, footer and author together, across all embeds of a message. */
  embedTotal: 6000,
  buttonLabel: 80,
  customId: 100,
  /** Autocomplete choices in one answer. */
  choices: 25,
  /** An autocomplete choice's name, and its value. */
  choiceText: 100,
} as const;

/** Pings nobody: not `@everyone`, not a role, not a user, not even the author of the message replied to. */
export const NO_PINGS = { parse: [], repliedUser: false } as const;

/** Brand colour of the bot's embeds. */
export const EMBED_COLOR = 0x5865f2;

/** A row of buttons as raw API JSON (discord.js accepts it as-is). */
export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

/**
 * A message as plain JSON, accepted by discord.js `reply`, `editReply`, `followUp` and `channel.send`.
 * Always carries {@link NO_PINGS}.
 */
export interface MessagePayload {
  content?: string;
  embeds?: APIEmbed[];
  components?: ButtonRow[];
  allowedMentions: typeof NO_PINGS;
}

/** Builds a payload that pings nobody. */
export function payload(parts: Omit<MessagePayload, 'allowedMentions'>): MessagePayload {
  return { ...parts, allowedMentions: NO_PINGS };
}

/** Counts an embed's characters the way Discord applies the 6,000 limit. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}
