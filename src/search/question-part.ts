import type { Span } from '../corpus/sentences.ts';

/** A sentence of a message that asks something, and the part of it that does the asking. */
export interface Question {
  /** From the clause that opens with a question word (or the embedded "…know *what*…") to the sentence's end. */
  asked: Span;
  /** The whole sentence, for when the asking part leans on the rest ("…and what did he say about them?"). */
  sentence: Span;
}

/**
 * Words that open a question or a request: a clause starting with one is where a chatty message gets to the point
 * ("Hi, I was reading the news, and I wondered — *what did Khamenei say…*").
 */
const QUESTION_OPENERS = new Set(
  `what what's which who who's whom whose when when's where where's why how how's is are was were do does did can
could would should will has have had shall may might tell explain describe show list name`.split(/\s+/),
);
/** Question words that start an embedded question anywhere ("I'd like to know what…"); rarely anything else. */
const EMBEDDED_OPENERS = new Set(['what', 'how', 'why']);
/** Verbs after which any question word starts an embedded question ("I wonder who…", "tell me when…"). */
const ASKING_VERBS = new Set(
  'know wonder wondering wondered ask asking asked tell curious sure idea explain me us'.split(' '),
);

// Chat messages are often lower case and loosely punctuated, so sentences end at any . ! ? run or line break,
// and clauses at , ; : or a dash between spaces.
const SENTENCE = /[^.!?\n]+(?:[.!?]+|\n|$)/g;
const CLAUSE_BREAK = /[,;:]\s+|\s[-–—]+\s/g;
const WORD = /[\p{L}'’]+/gu;
const FIRST_WORD = /^([\s"'“‘(]*)([\p{L}'’]+)/u;
const fold = (word: string): string => word.toLowerCase().replace(/’/g, "'");

/**
 * Words of small talk and of people speaking of themselves: a lead-in holding one is chat around the question
 * ("Hi there, I was reading the news, and…"); one holding none names the question's topic ("Monroe doctrine — …").
 */
const CHAT_WORDS = new Set(
  `i i'm i've i'd i'll me my we we're our you you're your hi hey hello thanks thank guys folks everyone anyone bot
question quick so ok okay um hmm lol btw also well`.split(/\s+/),
);

/** Prepositions that may lead a question word: "on what date…", "in which year…", "to whom…", "by how much…". */
const LEADING_PREPOSITIONS = new Set(
  'on in at by for from to since until till of with after before during under about'.split(' '),
);
/** Question words a preposition may lead. */
const LED_QUESTION_WORDS = new Set('what which whom whose when where how'.split(' '));

/**
 * Whether a clause opens a question, given its first word and the text after it: a question word, or a
 * preposition and one ("According to Van Buren, on what date did…?" asks the whole sentence).
 */
function opensQuestion(first: string, rest: string): boolean {
  if (QUESTION_OPENERS.has(first)) return true;
  const second = FIRST_WORD.exec(rest)?.[2];
  return LEADING_PREPOSITIONS.has(first) && second !== undefined && LED_QUESTION_WORDS.has(fold(second));
}

/** Whether a lead-in before the asking clause is chat rather than the question's topic. */
function isChat(leadIn: string): boolean {
  return [...leadIn.matchAll(WORD)].some((word) => CHAT_WORDS.has(fold(word[0])));
}

/** Where the asking starts in `sentence` (absolute offset), or undefined when it asks nothing. */
function askingStart(text: string, sentence: Span): number | undefined {
  const body = text.slice(sentence.start, sentence.end);
  // First choice: a clause that opens with a question word.
  const clauseStarts = [0, ...[...body.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length)];
  for (const at of clauseStarts) {
    const first = FIRST_WORD.exec(body.slice(at));
    if (!first || !opensQuestion(fold(first[2]!), body.slice(at + first[0].length))) continue;
    // What comes before is chat ("hey guys, quick one: …") or the topic ("Lincoln on labor: which comes first?").
    const leadIn = body.slice(0, at);
    return at === 0 || isChat(leadIn) ? sentence.start + at + first[1]!.length : sentence.start;
  }
  const words = [...body.matchAll(WORD)];
  if (!body.trimEnd().endsWith('?')) return undefined;
  // A question mark with no opening question word: an embedded question, else the whole sentence asks.
  for (const [k, word] of words.entries()) {
    const folded = fold(word[0]);
    const afterVerb = k > 0 && ASKING_VERBS.has(fold(words[k - 1]![0]));
    if (EMBEDDED_OPENERS.has(folded) || (afterVerb && QUESTION_OPENERS.has(folded)))
      return sentence.start + word.index;
  }
  return sentence.start;
}

/**
 * The sentences of a message that ask something. A sentence asks when it ends with `?` or one of its clauses
 * opens with a question word; the greeting and story before that clause are left out of `asked`. Real users on
 * Discord write "hey guys, quick question, does anyone know how many people were arrested? thanks": the question
 * is what an answer must cover, the rest is context. `[]` when nothing reads as a question (keywords, a statement).
 *
 * @example findQuestions('Hi all. Who is the EU foreign policy chief? Thanks')[0].asked // { start: 8, end: 43 }
 */
export function findQuestions(text: string): Question[] {
  const questions: Question[] = [];
  for (const match of text.matchAll(SENTENCE)) {
    const sentence = { start: match.index, end: match.index + match[0].length };
    const start = askingStart(text, sentence);
    if (start !== undefined) questions.push({ asked: { start, end: sentence.end }, sentence });
  }
  return questions;
}
