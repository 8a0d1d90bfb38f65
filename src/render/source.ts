import type { APIEmbed } from 'discord.js';
import type { CorpusDocument } from '../corpus/types.ts';
import { EMBED_COLOR, LIMITS, payload, type MessagePayload } from './payload.ts';
import { ELLIPSIS, escapeAndFit, truncate } from './text.ts';

/** A whole paragraph of a document (all windows of a long paragraph joined) with its citation. */
export interface Paragraph {
  docId: string;
  /** 1-based paragraph number, as cited. */
  passage: number;
  /** `title — ¶ n — source`, as search results cite it. */
  citation: string;
  text: string;
}

/**
 * Quotes a paragraph in full with its citation (the **Full passage** button and `/source … paragraph:`).
 * A paragraph longer than an embed description is shortened and says so.
 */
export function renderParagraph(p: Paragraph): MessagePayload {
  const description = escapeAndFit(p.text, LIMITS.embedDescription);
  const shortened = description.endsWith(ELLIPSIS) && !p.text.endsWith(ELLIPSIS);
  const embed: APIEmbed = {
    title: escapeAndFit(p.citation, LIMITS.embedTitle),
    description,
    color: EMBED_COLOR,
    footer: {
      text: truncate(`${p.docId}${shortened ? ' · shortened to fit Discord' : ''}`, LIMITS.footerText),
    },
  };
  return payload({ embeds: [embed] });
}

/** Characters of each paragraph shown in an outline: enough to recognise it. */
const OUTLINE_SNIPPET = 90;

/**
 * A document's outline: the opening words of each paragraph, numbered, so the reader can pick one to quote.
 * Lists as many paragraphs as fit and says how many more there are.
 */
export function renderOutline(doc: CorpusDocument, paragraphs: Paragraph[]): MessagePayload {
  const lines = paragraphs.map((p) => `**¶ ${p.passage}** ${escapeAndFit(p.text, OUTLINE_SNIPPET)}`);
  const embed: APIEmbed = {
    title: escapeAndFit(doc.title, LIMITS.embedTitle),
    description: fitLines(
      lines,
      LIMITS.embedDescription,
      (n) => `…and ${n} more — pick one with \`paragraph:\``,
    ),
    color: EMBED_COLOR,
    footer: {
      text: truncate(
        `${doc.docId} · ${doc.source} · ${doc.paragraphCount} paragraph${doc.paragraphCount === 1 ? '' : 's'}`,
        LIMITS.footerText,
      ),
    },
  };
  return payload({ embeds: [embed] });
}

/** When the paragraph asked for does not exist: names the valid range. */
export function renderNoSuchParagraph(doc: CorpusDocument, paragraph: number): MessagePayload {
  const range = doc.paragraphCount === 1 ? 'only paragraph 1' : `paragraphs 1–${doc.paragraphCount}`;
  return payload({
    content: `“${escapeAndFit(doc.title, 200)}” has ${range}; there is no paragraph ${paragraph}. Leave out \`paragraph\` to see the outline.`,
  });
}

/** When no document matches what was typed into `/source document:`. */
export function renderNoSuchDocument(typed: string): MessagePayload {
  return payload({
    content: `No document matches “${escapeAndFit(typed, 200)}”. Pick one from the suggestions, or see them all with \`/sources\`.`,
  });
}

/**
 * Joins lines into at most `max` characters; when some do not fit, ends with `more(count)` instead.
 *
 * @example
 * fitLines(['a', 'b', 'c'], 6, (n) => `+${n}`) // 'a\n+2'
 */
export function fitLines(lines: string[], max: number, more: (remaining: number) => string): string {
  let out = '';
  for (const [i, line] of lines.entries()) {
    const next = out ? `${out}\n${line}` : line;
    const tail = i < lines.length - 1 ? `\n${more(lines.length - i - 1)}`.length : 0;
    if (next.length + tail > max) return out ? `${out}\n${more(lines.length - i)}` : more(lines.length);
    out = next;
  }
  return out;
}
