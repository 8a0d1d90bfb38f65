import type { SearchResult } from '../search/types.ts';
import { LIMITS, payload, type MessagePayload } from './payload.ts';
import { escapeAndFit, formatExcerpt } from './text.ts';

/**
 * The reply to an @mention: each result's citation on one line and its excerpt quoted under it, all in one
 * message under Discord's 2,000-character limit (no embed, so it reads like a normal chat answer).
 *
 * @example
 * renderMentionAnswer(results).content // '**1.** Iran’s ruler… — ¶ 4 — iranintl\n> … **Fadavi** …'
 */
export function renderMentionAnswer(results: SearchResult[]): MessagePayload {
  // Each result gets an equal share, less the newlines that separate them.
  const share = Math.floor((LIMITS.content - (results.length - 1) * 2) / Math.max(results.length, 1));
  const blocks = results.map((r, i) => {
    const heading = `**${i + 1}.** ${escapeAndFit(r.citation, Math.min(200, share / 3))}`;
    const quotePrefix = '\n> ';
    return (
      heading + quotePrefix + formatExcerpt(r.excerpt, share - heading.length - quotePrefix.length, r.text)
    );
  });
  return payload({ content: blocks.join('\n\n') });
}

/** The one-line reply to a mention with no question in it. */
export function renderMentionUsage(botName: string): MessagePayload {
  return payload({
    content: `Put your question after the mention — “@${escapeAndFit(botName, 80)} your question” — or use \`/ask\`.`,
  });
}

/** The reply to a mention whose question nothing in the corpus answers. */
export function renderMentionNothingFound(): MessagePayload {
  return payload({
    content:
      'Nothing in the corpus answers that. Try other words — a name, a place or a key term — or see `/sources`.',
  });
}
