import { EMBED_COLOR, payload, type MessagePayload } from './payload.ts';

/** The polite answer to someone asking again too soon. */
export function renderCooldown(secondsLeft: number): MessagePayload {
  return payload({
    content: `One moment — you can ask again in ${secondsLeft} second${secondsLeft === 1 ? '' : 's'}.`,
  });
}

/** A button whose question the bot no longer remembers (too old, or the bot restarted since). */
export function renderButtonExpired(): MessagePayload {
  return payload({ content: 'This button has expired — ask the question again with `/ask`.' });
}

/** A slash command Discord still offers but this version of the bot no longer has. */
export function renderUnknownCommand(): MessagePayload {
  return payload({ content: 'That command is no longer available — see `/help` for what I can do.' });
}

/** The user-facing side of an unexpected failure; the details go to the log, never to the chat. */
export function renderSomethingWentWrong(): MessagePayload {
  return payload({ content: 'Something went wrong while answering. Please try again in a moment.' });
}

/** `/reload` by someone who is not an admin. */
export function renderNotAdmin(): MessagePayload {
  return payload({
    content:
      'Only server admins can reload the documents: it takes the Manage Server permission, or an admin role set up by whoever runs the bot. If the documents look out of date, ask an admin.',
  });
}

/** `/help`: what the bot does, its commands, and how to mention it. */
export function renderHelp(botName: string): MessagePayload {
  const description = [
    'I answer questions from a folder of documents and quote the passages that answer them, each with its citation (document — ¶ paragraph — source).',
    '',
    '**/ask** `question` `[results: 1–5]` `[private]` — the best passages, matched words in bold. **More results** shows the next ones, **Full passage** quotes the top one in full. Set `private` to be the only one who sees the answer.',
    '**/source** `document` `[paragraph]` — a document’s outline, or one paragraph quoted in full. Start typing a title to pick the document.',
    '**/sources** — every document I know, with passage counts and when the index was built.',
    '**/reload** — admins only: re-read the documents and report what changed.',
    '**/help** — this message.',
    '',
    `Or mention me with a question — \`@${botName} your question\` — and I reply with short cited excerpts.`,
  ].join('\n');
  return payload({ embeds: [{ title: 'How to use me', description, color: EMBED_COLOR }] });
}
