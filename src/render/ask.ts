import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIButtonComponent, APIEmbedField } from 'discord.js';
import type { SearchResult } from '../search/types.ts';
import { EMBED_COLOR, LIMITS, payload, type ButtonRow, type MessagePayload } from './payload.ts';
import { escapeAndFit, formatExcerpt } from './text.ts';

/** One page of answers to a question, and the ids of the buttons that continue it. */
export interface AskPage {
  question: string;
  /** The results on this page, best first. */
  results: SearchResult[];
  /** How many better results came before this page (0 for the first page). */
  offset: number;
  /** `custom_id` of the **More results** button; omitted when there is no next page. */
  moreId?: string;
  /** `custom_id` of the **Full passage** button (the page's first passage). */
  fullId?: string;
}

/** Room kept for the question in titles: long enough to recognise it, short enough to leave room for answers. */
const QUESTION_ROOM = 200;

/**
 * Renders a page of results as one embed: a field per result with its citation as the heading and the excerpt
 * (matches in bold) under it, shortened evenly so the whole embed stays within Discord's limits.
 *
 * @example
 * renderAskPage({ question: 'who sanctioned Fadavi?', results, offset: 0, moreId: 'ask:more:1:3' })
 */
export function renderAskPage(page: AskPage): MessagePayload {
  const { results, offset } = page;
  const title = `“${escapeAndFit(page.question, QUESTION_ROOM)}”`;
  const range = results.length === 1 ? `${offset + 1}` : `${offset + 1}–${offset + results.length}`;
  const footer = {
    text: `Result${results.length === 1 ? '' : 's'} ${range} · /source quotes a document in full`,
  };
  const shown = results.slice(0, LIMITS.embedFields);
  // Headings get at most a third of the total, so many results still leave room for their excerpts.
  const perName = Math.min(LIMITS.fieldName, Math.floor(LIMITS.embedTotal / 3 / Math.max(shown.length, 1)));
  const names = shown.map((r, i) => {
    const number = `${offset + i + 1}. `;
    return number + escapeAndFit(r.citation, perName - number.length);
  });
  const fixed = title.length + footer.text.length + names.reduce((sum, n) => sum + n.length, 0);
  // Share what the 6,000 total leaves evenly, so five long passages all still show something.
  const perValue = Math.min(
    LIMITS.fieldValue,
    Math.floor((LIMITS.embedTotal - fixed) / Math.max(names.length, 1)),
  );
  const fields: APIEmbedField[] = names.map((name, i) => ({
    name,
    value: formatExcerpt(results[i]?.excerpt ?? '', perValue, results[i]?.text) || '…',
  }));
  return payload({ embeds: [{ title, color: EMBED_COLOR, fields, footer }], components: askButtons(page) });
}

function askButtons(page: AskPage): ButtonRow[] {
  const buttons: APIButtonComponent[] = [];
  if (page.moreId) buttons.push(button('More results', page.moreId, ButtonStyle.Secondary));
  if (page.fullId) buttons.push(button('Full passage', page.fullId, ButtonStyle.Primary));
  return buttons.length ? [{ type: ComponentType.ActionRow, components: buttons }] : [];
}

function button(label: string, customId: string, style: ButtonStyle.Primary | ButtonStyle.Secondary) {
  if (customId.length > LIMITS.customId) throw new Error(`render: custom_id longer than ${LIMITS.customId}`);
  return { type: ComponentType.Button, style, label, custom_id: customId } as const;
}

/**
 * The friendly answer when nothing in the corpus is relevant: says so, echoes the question harmlessly, and hints
 * how to ask better instead of showing an unrelated passage.
 */
export function renderNothingFound(question: string, opts: { afterPage?: boolean } = {}): MessagePayload {
  const q = escapeAndFit(question, QUESTION_ROOM);
  const content = opts.afterPage
    ? `No more results for “${q}”.`
    : `Nothing in the corpus answers “${q}”. Try other words — a name, a place or a key term — or see what the documents cover with \`/sources\`.`;
  return payload({ content });
}
