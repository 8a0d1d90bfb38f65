import { escapeMarkdown } from 'discord.js';
import { parseExcerpt } from './excerpt.ts';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** Marks text that was cut short. One UTF-16 unit, so it never pushes a string over a limit by surprise. */
export const ELLIPSIS = '…';

/**
 * Shortens `text` to at most `max` UTF-16 units (the unit `.length` and Discord's limits count), ending in `…`.
 *
 * Cuts between grapheme clusters, so an emoji, a surrogate pair or a letter with its accent is never split,
 * and at a word boundary when one is close, so words are not chopped mid-way.
 *
 * @example
 * truncate('The quick brown fox', 12) // 'The quick…'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < ELLIPSIS.length) return '';
  const budget = max - ELLIPSIS.length;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > budget) break;
    end = index + segment.length;
  }
  const space = text.lastIndexOf(' ', end);
  // Prefer a word boundary unless that would throw away more than a fifth of the room.
  if (space > budget * 0.8) end = space;
  return text.slice(0, end).trimEnd() + ELLIPSIS;
}

/**
 * Escapes Discord Markdown in text that came from users or documents, so it shows literally.
 *
 * Beyond discord.js `escapeMarkdown`'s defaults this escapes headings, lists, masked links and block quotes,
 * which Discord renders at the start of a line in messages and embeds.
 *
 * @example
 * escapeText('**not bold** # not a heading') // '\\*\\*not bold\\*\\* # not a heading'
 */
export function escapeText(text: string): string {
  return escapeMarkdown(text, {
    heading: true,
    bulletedList: true,
    numberedList: true,
    maskedLink: true,
  }).replace(/^(\s*)>/gm, '$1\\>');
}

/**
 * Escapes `text` and fits the result into `max` units without cutting an escape sequence in half.
 *
 * Truncates before escaping (a dangling `\` would otherwise escape the ellipsis) and shrinks the budget by the
 * overshoot until it fits; escaping only lengthens text, so this ends after a few rounds.
 */
export function escapeAndFit(text: string, max: number): string {
  for (let budget = max; budget > 0;) {
    const out = escapeText(truncate(text, budget));
    if (out.length <= max) return out;
    budget -= out.length - max;
  }
  return '';
}

/**
 * Renders a search excerpt: its `**bold**` matches stay bold, every other Markdown character in the corpus text
 * is escaped, and the result fits into `max` units. Pass the passage's text so stars the corpus itself contains
 * are told apart from the match markers (see {@link parseExcerpt}).
 *
 * @example
 * formatExcerpt('Sanctions on **Fadavi** (*IRGC*)', 100) // 'Sanctions on **Fadavi** (\\*IRGC\\*)'
 */
export function formatExcerpt(excerpt: string, max: number, passageText?: string): string {
  const segments = parseExcerpt(excerpt, passageText);
  let out = '';
  for (const [i, { text, bold }] of segments.entries()) {
    const escaped = bold ? `**${escapeText(text)}**` : escapeText(text);
    const isLast = i === segments.length - 1;
    // Keep one unit spare unless this is the last piece, so an ellipsis always fits.
    if (out.length + escaped.length <= max - (isLast ? 0 : 1)) {
      out += escaped;
      continue;
    }
    // Below `escaped.length` forces a cut, and with it the ellipsis that says later pieces were dropped.
    const room = Math.min(max - out.length, escaped.length - 1);
    // A cut-off bold word reads badly: drop it whole. Plain text is cut at a word boundary.
    out = bold ? out.trimEnd() + ELLIPSIS : out + escapeAndFit(text, room);
    break;
  }
  return out.trim();
}
