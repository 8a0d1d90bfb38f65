import type { RecordedMessage } from '../standin/index.ts';

/** A button the person can press by typing its number. */
export interface PlaygroundButton {
  /** 1-based, as shown on screen. */
  number: number;
  label: string;
  customId: string;
  disabled: boolean;
}

/** A message rendered for the terminal, with its buttons numbered. */
export interface RenderedMessage {
  text: string;
  buttons: PlaygroundButton[];
}

/** How to show Discord Markdown: ANSI bold for a terminal, the raw `**` markers for a pipe or a file. */
export interface RenderOptions {
  ansi: boolean;
  /** Shown as the speaker, e.g. `Corpus Bot`. */
  author: string;
}

type Json = Record<string, unknown>;

const BOLD = '\u001b[1m';
const DIM = '\u001b[2m';
const RESET = '\u001b[0m';

/**
 * Renders a Discord message as terminal text: who speaks (and whether only you see it), the content, each embed's
 * title, description, fields, footer, and the buttons as numbered choices.
 *
 * @example
 * renderMessage(reply, { ansi: false, author: 'Corpus Bot' }).text
 * // 'Corpus Bot:\n  ┃ “who?”\n  ┃ 1. Doc — ¶ 2 — doc.txt\n  ┃    the **answer**\n  [1] Full passage'
 */
export function renderMessage(message: RecordedMessage, opts: RenderOptions): RenderedMessage {
  const md = (text: string): string => markdown(text, opts.ansi);
  const lines = [`${opts.author}${message.ephemeral ? ' (only you can see this)' : ''}:`];
  if (message.content) lines.push(...indent(md(message.content), '  '));
  for (const embed of message.embeds) lines.push(...renderEmbed(embed, md, opts.ansi));
  const buttons = message.components
    .flatMap((row) => (Array.isArray(row.components) ? (row.components as Json[]) : []))
    .filter((c) => c.type === 2)
    .map((c, i) => ({
      number: i + 1,
      label: String(c.label ?? c.custom_id),
      customId: String(c.custom_id),
      disabled: c.disabled === true,
    }));
  if (buttons.length > 0) {
    const shown = buttons.map((b) => `[${b.number}] ${b.label}${b.disabled ? ' (disabled)' : ''}`);
    lines.push(`  ${shown.join('   ')}   ${dim('— type a number to press', opts.ansi)}`);
  }
  return { text: lines.join('\n'), buttons };
}

function renderEmbed(embed: Json, md: (text: string) => string, ansi: boolean): string[] {
  const bar = '  ┃ ';
  const lines: string[] = [];
  if (typeof embed.title === 'string')
    lines.push(ansi ? `${BOLD}${md(embed.title)}${RESET}` : md(embed.title));
  if (typeof embed.description === 'string') lines.push(...md(embed.description).split('\n'));
  for (const field of Array.isArray(embed.fields) ? (embed.fields as Json[]) : []) {
    lines.push(ansi ? `${BOLD}${md(String(field.name))}${RESET}` : md(String(field.name)));
    lines.push(...indent(md(String(field.value)), '   '));
  }
  const footer = [
    (embed.footer as Json | undefined)?.text,
    embed.timestamp && formatDate(String(embed.timestamp)),
  ];
  const shown = footer.filter((part): part is string => typeof part === 'string' && part !== '');
  if (shown.length > 0) lines.push(dim(md(shown.join(' · ')), ansi));
  return lines.map((line) => `${bar}${line}`);
}

/**
 * Discord Markdown for a terminal: `**bold**` becomes ANSI bold (or stays as is without ANSI), backslash escapes
 * are removed so escaped text reads as typed, and `<t:…>` timestamps show as local dates.
 */
export function markdown(text: string, ansi: boolean): string {
  let out = text.replace(/<t:(\d+)(?::[tTdDfFR])?>/g, (_m, seconds: string) =>
    formatDate(Number(seconds) * 1000),
  );
  if (ansi) out = out.replace(/(?<!\\)\*\*(.+?)(?<!\\)\*\*/g, `${BOLD}$1${RESET}`);
  return out.replace(/\\([\\*_~`|>#\-[\]()])/g, '$1');
}

const formatDate = (date: string | number): string =>
  new Date(date).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

const dim = (text: string, ansi: boolean): string => (ansi ? `${DIM}${text}${RESET}` : text);

const indent = (text: string, prefix: string): string[] => text.split('\n').map((line) => `${prefix}${line}`);
