import type { Token } from './analyze.ts';
import type { Concept } from './concept.ts';

// The words of a question that point at a document rather than a topic: "what does the article say…", "in
// Pierce's 1853 address", "in his last annual message".

/** What follows a year that names a document: "the 2007 address", "his 1893 annual message", "2011 state of the union". */
const DOCUMENT_AFTER_YEAR =
  /^(?:\S+ )?(?:(?:address|message|speech|sotu)(?:es|s)?|state of the union)(?: |$)/;

/** Whether the year at token `k` names the document asked about ("in the 2007 address"), not an event. */
export function namesDocument(tokens: Token[], k: number): boolean {
  const after = tokens.slice(k + 1, k + 6).map((t) => t.folded);
  return DOCUMENT_AFTER_YEAR.test(after.join(' '));
}

/** Words for the document itself, when the question points at it ("what does the article say…"). */
const DOCUMENT_NOUNS = /^(?:article|articles|piece|text|story|document|passage|post|report|speech)$/;
/** Verbs after which a document noun is the source spoken of ("the article says…"). */
const SOURCE_VERBS =
  /^(?:say|says|said|claim|claims|claimed|mention|mentions|mentioned|state|states|stated|tell|tells|told|describe|describes|described|report|reports|reported)$/;

/**
 * Whether the word at `k` points at the document being read, not at a topic: "the article" or "this piece" before a
 * verb of saying ("what does the article say about…"), after "according to" or at the end after "in" ("…quoted
 * in the article?").
 */
export function isDocumentReference(tokens: Token[], k: number): boolean {
  const word = (at: number): string => tokens[at]?.folded ?? '';
  if (!DOCUMENT_NOUNS.test(word(k)) || !/^(?:the|this|that)$/.test(word(k - 1))) return false;
  if (SOURCE_VERBS.test(word(k + 1))) return true;
  if (word(k - 2) === 'to' && word(k - 3) === 'according') return true;
  return word(k - 2) === 'in' && k === tokens.length - 1;
}

/** Words that say which of a speaker's speeches: "his first annual message", "Pierce's 1853 address". */
const SPEECH_MODIFIERS = /^(?:first|second|third|fourth|last|final|latest|annual|yearly|\d{2}|\d{4})$/;
const SPEECH_NOUNS = /^(?:message|messages|address|addresses|speech|speeches)$/;
/** The least weight of a stand-in that names the speaker in a title (Old Hickory → Jackson, not a loose synonym). */
const SPEAKER_WEIGHT = 0.5;
/** Modifiers that name a speaker's first or last speech, which the corpus's titles can date. */
const FIRST = /^first$/;
const LAST = /^(?:last|final|latest)$/;

/** The index of the last word of "state of the union" starting at `k`, or undefined. */
function stateOfTheUnionEnd(tokens: Token[], k: number): number | undefined {
  const words = tokens.slice(k, k + 4).map((t) => t.folded);
  return words.join(' ') === 'state of the union' ? k + 3 : undefined;
}

/** Which of someone's speeches a question asks about (see speechReference). */
export interface SpeechReference {
  /** The tokens that say which speech, not what about ("his", "last", "annual", "message"); years excepted. */
  dropped: Set<number>;
  /** Whether it is the speaker's first speech or their last ("in his last annual message"). */
  order?: 'first' | 'last';
  /** The token of the speaker, when named ("Jefferson's first annual message"); not for "his". */
  speaker?: number;
}

/**
 * The words of a question that say which of someone's speeches it asks about, not what about: "in his last
 * annual message", "according to Pierce's first annual message", "in her 2013 State of the Union": a speech's
 * own words would match them only by chance ("the assembly to which I address myself"). The year stays: it names
 * the speech (see documentYear). "The speech" stays too: "What day was the speech?" asks about it.
 */
export function speechReference(text: string, tokens: Token[]): SpeechReference {
  const reference: SpeechReference = { dropped: new Set<number>() };
  tokens.forEach((token, k) => {
    const end = SPEECH_NOUNS.test(token.folded) ? k : stateOfTheUnionEnd(tokens, k);
    if (end === undefined) return;
    let first = k;
    while (first > 0 && SPEECH_MODIFIERS.test(tokens[first - 1]!.folded)) first--;
    const owner = tokens[first - 1];
    if (owner === undefined) return;
    const named = /['’]s$/.test(text.slice(owner.start, owner.end));
    if (!named && !/^(?:his|her|their)$/.test(owner.folded)) return;
    for (let at = first; at <= end; at++) if (!/^\d+$/.test(tokens[at]!.folded)) reference.dropped.add(at);
    const modifiers = tokens.slice(first, k).map((t) => t.folded);
    const order = modifiers.some((m) => FIRST.test(m))
      ? 'first'
      : modifiers.some((m) => LAST.test(m))
        ? 'last'
        : undefined;
    if (order === undefined || reference.order !== undefined) return;
    reference.order = order;
    if (named) reference.speaker = first - 1;
  });
  return reference;
}

/**
 * The year of the speech that "his first annual message" or "Jefferson's last message" asks about, when the
 * corpus's titles are dated: the earliest or the latest year of the titles that hold the speaker's name (the
 * run of name words the speaker belongs to; without one, "his", the question's only name that titles hold).
 */
export function speechYear(
  reference: SpeechReference,
  concepts: Concept[],
  byToken: Map<number, Concept>,
  documentYears: (names: string[][]) => number[],
): string | undefined {
  if (reference.order === undefined) return undefined;
  const speaker = reference.speaker === undefined ? undefined : byToken.get(reference.speaker);
  // A speaker is the run of name words they belong to ("Teddy Roosevelt"), or the one word typed ("hoover's").
  const runOf = (concept: Concept): Concept[] =>
    concept.name === undefined ? [concept] : concepts.filter((c) => c.name === concept.name);
  const speakers =
    speaker === undefined
      ? [...new Set(concepts.filter((c) => c.name !== undefined).map((c) => c.name))].map((run) =>
          concepts.filter((c) => c.name === run),
        )
      : [runOf(speaker)];
  const yearsOf = (run: Concept[]): number[] =>
    documentYears(
      run.map((c) => [...c.terms].filter(([, weight]) => weight >= SPEAKER_WEIGHT).map(([term]) => term)),
    );
  const dated = speakers.map(yearsOf).filter((years) => years.length > 0);
  if (dated.length !== 1) return undefined;
  const years = dated[0]!;
  return String(reference.order === 'first' ? Math.min(...years) : Math.max(...years));
}
