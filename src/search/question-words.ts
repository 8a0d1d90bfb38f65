import type { Token } from './analyze.ts';
import type { Concept } from './concept.ts';
import { DATE_ANSWERS } from './reading.ts';
import { canBeVerb, isOnlyVerb } from './wordnet.ts';

/** The kind of answer a question asks for, read from its question words. */
export type AnswerCue = 'person' | 'date' | 'number' | 'place' | 'reason' | null;

/**
 * A question that asks what someone or something is called ("the name of", "the names of", "their names"), or a
 * search that ends on it ("quds commander name").
 */
export const ASKS_NAME =
  /\b(?:names? of|whose names?|(?:his|her|their|its)(?: full)? names?)\b|['’]s names?\b|\bnames?\s*\??\s*$/i;
/** A question that asks how much money: "How much did it cost?", "How much money does Iran spend…?". */
export const ASKS_MONEY =
  /\bhow much\b.*\b(?:money|costs?|spend|spends|spent|pay|pays|paid|worth|price|budget|dollars|funds?|invest|invests|invested|donate|donated|owe|owed)\b/i;
/** A question that asks who or what something is: "Who is…?", "What was…?". */
export const DEFINITION = /^\s*(?:who|what)\s+(?:is|was|are|were)\s/i;
/** A question that asks how old someone is. */
export const ASKS_AGE = /\bhow old\b|\bage\b/i;
/** A question that asks for a calendar date: "On what date did Iran launch…?", "the exact date of…". */
export const ASKS_DATE = /\b(?:what|which|exact|precise|specific|actual) date\b/i;

/** The question words that set the answer type, or leave it open (what, why, how). */
const QUESTION_WORD =
  / (who|whom|whose|when|where|why|how|(?:what|which) (?:year|date|day|month|time)|what|which) /;

/** Reads the answer type from the question words ("how many" → number, "who" → person…). */
export function answerCue(words: string[]): AnswerCue {
  const text = ` ${words.join(' ')} `;
  // An age is a number too: "How old is X?", "X's age" → "the 83-year-old X"; so are a share, a size and a
  // measure ("what share of the surplus…?" → "11 percent of the surplus", "how far had the price fallen?" →
  // "from $12,000 a year to under $300").
  if (
    / how (many|much|old|far|big|large|tall|high|heavy|fast|deep|wide) | number of | age | (?:what|which) (?:share|fraction|percentage|percent|proportion|portion|amount|sum|size|total) /.test(
      text,
    )
  )
    return 'number';
  // Otherwise the first question word: "How did Tehran react when…" asks how, "When did the man who…" when.
  const first = QUESTION_WORD.exec(text)?.[1] ?? '';
  if (/^(?:who|whom|whose)$/.test(first)) return 'person';
  if (first === 'when' || first.includes(' ')) return 'date';
  // "Where did he get the name from?" asks for a source: a person or a document, as a name.
  if (first === 'where') return / from $/.test(text) ? 'person' : 'place';
  // "Why…?", "What made…?" and "How come…?" ask for a cause, which a text gives with "because", "after"…
  if (first === 'why' || / (?:what|which) (?:made|caused|led|prompted|triggered) | how come /.test(text))
    return 'reason';
  return null;
}

/** Words of the app around "discord" that say the question is about the app, not about strife. */
const APP_WORDS =
  /^(?:server|servers|channel|channels|bot|bots|role|roles|nickname|nick|password|account|emoji|emojis|nitro|mod|mods|moderator|admin|dm|dms|ping|reaction|reactions|app|login|settings|voice|stream|username|avatar|profile|status)$/;

/**
 * Whether the question asks about Discord the app: "Discord" as a name, or "discord" beside one of its words
 * ("reset my discord password"). "What did Lincoln say of discord between the states?" asks about strife.
 */
export function asksAboutDiscord(text: string, tokens: Token[], asking: boolean[]): boolean {
  const mentions = tokens.filter((t, k) => asking[k] && t.folded === 'discord');
  if (mentions.length === 0) return false;
  return (
    mentions.some((t) => text[t.start] === 'D') ||
    tokens.some((t, k) => asking[k] && APP_WORDS.test(t.folded))
  );
}

/**
 * Whether the question asks about the bot itself, in the app's words: "bot" and another of them ("how do I get the
 * bot to give me a role?", "can the bot post in this channel?").
 */
export function asksAboutTheBot(tokens: Token[], asking: boolean[]): boolean {
  const appWords = tokens.filter((t, k) => asking[k] && APP_WORDS.test(t.folded)).map((t) => t.folded);
  return appWords.some((w) => /^bots?$/.test(w)) && appWords.some((w) => !/^bots?$/.test(w));
}

/** Verbs of reported speech: "When did Arthur say the statue would arrive?" asks when he said it. */
const SPEECH_VERB = /^(?:say|says|said|saying|tell|tells|told|telling)$/;

/** Verbs of an event's phase: "When did Spain start herding…?" asks about the herding. */
const PHASE_VERB =
  /^(?:start|starts|started|begin|begins|began|stop|stops|stopped|continue|continues|continued|keep|keeps|kept|finish|finished|end|ended|resume|resumed)$/;

/**
 * The concept of the word right after "when did <Name>", when WordNet knows it as a verb, even as a noun too:
 * "When did Israel hit back?" asks when it hit. Not a verb of speech or of an event's phase (see above).
 */
function verbAfterName(tokens: Token[], at: number, byToken: Map<number, Concept>): Concept | undefined {
  if (!/^(?:did|does|do|will|would|was|were)$/.test(tokens[at + 1]?.folded ?? '')) return undefined;
  let k = at + 2;
  while (byToken.get(k)?.name !== undefined) k++;
  const word = tokens[k]?.folded ?? '';
  if (k === at + 2 || !canBeVerb(word) || SPEECH_VERB.test(word) || PHASE_VERB.test(word)) return undefined;
  return byToken.get(k);
}

/**
 * The concept of the event a "when" question asks about: the verb right after the subject's name (see
 * verbAfterName), or else the first word after "when" (or "what date…") that WordNet knows only as a verb ("When
 * did the ayatollah become supreme leader?" → become), when it is a content word. A verb of the reported speech
 * ("When did Arthur say…") is no event of the text's, so it ends the search.
 */
export function eventVerbOf(
  tokens: Token[],
  asking: boolean[],
  byToken: Map<number, Concept>,
  concepts: Concept[],
): number | undefined {
  const at = tokens.findIndex((t, k) => asking[k] && (t.folded === 'when' || DATE_ANSWERS.has(t.folded)));
  if (at < 0) return undefined;
  const afterName = verbAfterName(tokens, at, byToken);
  if (afterName !== undefined) return concepts.indexOf(afterName);
  for (let k = at + 1; k < tokens.length && asking[k]; k++) {
    if (SPEECH_VERB.test(tokens[k]!.folded)) return undefined;
    if (!isOnlyVerb(tokens[k]!.folded)) continue;
    const concept = byToken.get(k);
    return concept === undefined ? undefined : concepts.indexOf(concept);
  }
  return undefined;
}
