import { isQueryFiller, termOf, tokenize, type Token } from './analyze.ts';
import { addNarrowerKinds, addSuperlativeSynonyms, followsVerb, isSuperlative } from './asked-kinds.ts';
import { expand, hasOwnWord, type Concept, type CorpusLookups } from './concept.ts';
import { isNameAsWritten, keepNameAsWritten } from './name-forms.ts';
import { addShortYear, numberConcept } from './number-concept.ts';
import { addCompounds, addPhraseSenses } from './phrases.ts';
import { BASE_WEIGHT } from './weights.ts';
import { CHAT_SHORTHAND } from './stop-words.ts';
import { acronymsOf, nameRuns } from './names.ts';
import { numberRuns } from './numbers.ts';
import { findQuestions } from './question-part.ts';
import { isDocumentReference, namesDocument, speechReference, speechYear } from './document-reference.ts';
import {
  answerCue,
  ASKS_AGE,
  ASKS_DATE,
  ASKS_MONEY,
  ASKS_NAME,
  asksAboutDiscord,
  asksAboutTheBot,
  DEFINITION,
  eventVerbOf,
  type AnswerCue,
} from './question-words.ts';
import { isFrameWordSlip } from './slips.ts';
import { CALENDAR_WORD, DATE_ANSWERS, YEAR } from './reading.ts';
import type { Vocabulary } from './vocabulary.ts';
import {
  canBeAdverb,
  isMostlyAdjective,
  isVerbInflection,
  lookUp,
  lookUpPhrase,
  type WordInfo,
} from './wordnet.ts';
import { spellingOf } from './wordnet-spelling.ts';

/** What a question asks, ready to match against passages. */
export interface QueryPlan {
  concepts: Concept[];
  cue: AnswerCue;
  /** Whether the question asks for a name ("What was the name of the commander?"): see floor.ts, rule 6. */
  asksName: boolean;
  /** Whether the question asks for a sum of money ("How much did it cost?"): see floor.ts, rule 5. */
  asksMoney: boolean;
  /** Whether the question asks how old someone is ("How old is X?", "X's age"): see floor.ts, rule 5. */
  asksAge: boolean;
  /** Whether the question asks for a calendar date ("On what date…?"): see floor.ts, rule 5. */
  asksDate: boolean;
  /** Whether the question asks only who or what a name is ("Who is Khamenei?"): see rank.ts, `introduced`. */
  definitional: boolean;
  /**
   * Whether the question is about Discord itself ("how do I reset my discord password?"), the app the bot runs in,
   * and the corpus never writes Discord as a name; or about the bot ("how do I get the bot to give me a role?")
   * and the corpus never uses the word: see floor.ts, rule 10.
   */
  aboutDiscord: boolean;
  /** For "how many X?": the index of X's concept, the thing being counted. */
  counted?: number;
  /**
   * For "how many X were <verb>ed?": the concepts of the question's verbs (see isVerbInflection), after which a
   * number counts as one before X does: "how many were killed" is answered by "killing 1,200".
   */
  countingVerbs?: number[];
  /**
   * For "what day / month…?": the index of that word's concept, which only a word of that kind in the text matches
   * ("Tuesday" is the day asked about; "every day" says nothing of it): see reading.ts, DATE_ANSWERS.
   */
  dateAsked?: number;
  /**
   * For "when did X become Y?": the index of the concept of the event asked about, the first word after "when"
   * that can only be a verb. A passage that dates something else about X does not answer.
   */
  eventVerb?: number;
  /** Index term → the concepts it stands for, with their weights (a term can serve several words). */
  termIndex: Map<string, { concept: number; weight: number }[]>;
  /** Loose stand-in term → the concepts it hints at, with their weights (see Concept.hints): for ranking only. */
  hintIndex: Map<string, { concept: number; weight: number }[]>;
  /**
   * Index term → the dictionary words it stands in for, when every concept has it only as a WordNet stand-in. The
   * text's word must be a form of one of them: "news" stems like "new", which stands in for "age", but is no age.
   */
  senses: Map<string, string[]>;
  /**
   * Index term → the name of the question it stems from, when stemming made it another word: "Maine" stems to
   * "main" and "Harding" to "hard", so the text's word must be the name itself (see {@link isNameAsWritten}).
   */
  nameForms: Map<string, string>;
}

/** Longest message looked at, in characters (Discord's own limit): the question may come at the end of a story. */
export const MAX_QUERY_CHARS = 4000;
/** A question part with fewer content words than this leaves the subject in the rest of the message. */
const MIN_QUESTION_WORDS = 2;
/** Words after which a question names its subject: "What did Khamenei say about Saudi Arabia?". */
const FOCUS_MARKERS = new Set(['about', 'regarding', 'concerning']);
/**
 * Words that end the subject phrase: a verb or a time starts the rest of the question ("…did Reagan quote", "…
 * during his speech"). A place preposition does not: "people in the settlements" is one subject.
 */
const FOCUS_ENDS = new Set(
  'did does do was were is are has have had will would can could should during when after before since while'.split(
    ' ',
  ),
);
/** Most content words kept from one query. */
const MAX_CONCEPTS = 24;
/**
 * Passages from which a corpus uses most everyday words of the topics it covers, so that a dictionary word it never
 * uses marks a topic it lacks ("sourdough", "password" in the State of the Union speeches). In two news articles
 * most words of a paraphrase are absent. Measured on the State of the Union speeches: at 2,400 passages, reading
 * absence so refused 11 more of 75 unanswerable questions but dropped 5 of 60 answers out of the top three; at
 * 14,000 it refused 5 more and moved one first answer of 250 to second place.
 */
const ABSENCE_MEANS_OFF_TOPIC_FROM = 5000;

/**
 * Whether a word typed in lower case reads as an acronym: three to six letters no dictionary knows, with three
 * consonants in a row, as few short words have ("irgc", "fdr"; not the name "mona").
 */
function isLowerCaseAcronym(typed: string): boolean {
  return /^[a-z]{3,6}$/.test(typed) && /[^aeiouy]{3}/.test(typed) && !lookUp(typed).known;
}

/**
 * Whether a word typed in lower case is a name: WordNet calls it a proper noun ("lincoln") and it is not mostly an
 * adjective ("western", whose proper noun is the film) nor an adverb too ("move west" is a direction); or no
 * dictionary knows it and the corpus writes it as a name ("biden"), unless it is a slip on a dictionary word that
 * keeps its first letter ("frist" for first, "governers"; "biden" is no slip on widen); or it is a long word that
 * neither WordNet nor the corpus knows nor resembles ("netanyahu"): a subject the corpus never mentions.
 */
function isLoneName(concept: Concept, term: string, corpus: CorpusLookups): boolean {
  if (concept.proper) return !isMostlyAdjective(concept.word) && !canBeAdverb(concept.word);
  if (concept.dictionaryWord) return false;
  if (concept.terms.get(term) === 1)
    return (
      !lookUp(term).known &&
      spellingOf(concept.word)?.[0] !== concept.word[0] &&
      (corpus.writtenAsName?.(term) ?? false)
    );
  return concept.terms.size === 0 && concept.word.length >= 5;
}

/**
 * Whether a capitalised word standing alone is a dictionary adjective, not a name: "Black physicians" are
 * physicians a passage may call "colored", where "American" and "Western" (proper nouns too) stay names.
 */
function isCapitalisedAdjective(tokens: Token[], k: number, names: (number | undefined)[]): boolean {
  const word = tokens[k]!.folded;
  const alone = names[k - 1] !== names[k] && names[k + 1] !== names[k];
  return alone && !lookUp(word).proper && isMostlyAdjective(word);
}

/** Whether a word next to a lower-case name is part of it: a word no dictionary knows, and no number. */
function isNameNeighbour(concept: Concept): boolean {
  return !concept.dictionaryWord && !concept.context && !/\d/.test(concept.word);
}

/**
 * Puts a lower-case name's neighbour that no dictionary knows into its run ("tel aviv"), given
 * the concepts by token position; lower-case runs are numbered from `firstLowerCaseRun` (see planQuery).
 */
function joinLowerCaseNames(byToken: Map<number, Concept>, firstLowerCaseRun: number): void {
  const isLowerCaseName = (c: Concept | undefined): boolean =>
    c?.name !== undefined && c.name >= firstLowerCaseRun;
  for (const k of [...byToken.keys()].sort((a, b) => a - b)) {
    const concept = byToken.get(k)!;
    if (!isLowerCaseName(concept)) continue;
    // Lower-case names side by side are one name: "buenos aires", "joe biden".
    if (isLowerCaseName(byToken.get(k - 1))) concept.name = byToken.get(k - 1)!.name;
    for (const neighbour of [byToken.get(k - 1), byToken.get(k + 1)])
      if (neighbour !== undefined && neighbour.name === undefined && isNameNeighbour(neighbour))
        [neighbour.name, neighbour.nameNeighbour] = [concept.name, true];
  }
}

/** Whether a token is a content word of a question: not a stop word, not a filler ("say", "tell me"). */
function isContentWord(text: string, token: Token): boolean {
  // "US" in capitals is the country, not the filler "us" of "tell us about".
  const acronym = /^\p{Lu}{2,}$/u.test(text.slice(token.start, token.end));
  return token.term !== null && (acronym || !isQueryFiller(token.folded));
}

/** Per token, whether it names the question's subject: it follows "about" and no verb or preposition ended that. */
function focusFlags(tokens: Token[]): boolean[] {
  let inFocus = false;
  return tokens.map((token) => {
    if (FOCUS_MARKERS.has(token.folded)) inFocus = true;
    else if (FOCUS_ENDS.has(token.folded)) inFocus = false;
    return inFocus;
  });
}

/**
 * Per token, whether it belongs to what the message asks (see question-part.ts): the asking parts of its
 * questions; failing that, when they name too little ("…and what did he say about them?"), the whole sentences
 * that ask; failing that, the whole message (keywords, a statement, "Iran backs Hamas — true?").
 */
function questionTokens(text: string, tokens: Token[]): boolean[] {
  const questions = findQuestions(text);
  for (const spans of [questions.map((q) => q.asked), questions.map((q) => q.sentence)]) {
    const asking = tokens.map((t) => spans.some((span) => t.start >= span.start && t.end <= span.end));
    if (tokens.filter((t, k) => asking[k] && isContentWord(text, t)).length >= MIN_QUESTION_WORDS)
      return asking;
  }
  return tokens.map(() => true);
}

/** The concepts of the verbs a count question asks about (see QueryPlan.countingVerbs). */
function verbsOf(concepts: Concept[], counted: number): number[] {
  return concepts.flatMap((c, i) =>
    i !== counted && c.name === undefined && !c.context && isVerbInflection(c.spelling ?? c.word) ? [i] : [],
  );
}

/**
 * Whether a question word is a topic the corpus never uses: a dictionary word of four letters or more (shorter ones
 * are often chat: "em"), none of whose own forms or spellings the corpus has, asked about (not context), no name
 * (rule 3 reads those) and no part of a phrase WordNet knows whose sense the corpus has ("hickory" in "old
 * hickory", a nickname of Jackson), unless nothing the corpus has stands for it ("banana" in "banana bread").
 */
function isAbsentTopic(concept: Concept, tokens: Token[], k: number, vocabulary: Vocabulary): boolean {
  const ownWord = hasOwnWord(concept);
  const [previous, token, next] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
  // A phrase whose sense the corpus has: "old hickory" is Jackson; the speeches never say "boil", the boiling point.
  const meant = (phrase: WordInfo | undefined): boolean =>
    phrase !== undefined &&
    [...phrase.synonyms, ...phrase.related].some((w) => vocabulary.has(termOf(w) ?? ''));
  const inPhrase =
    (previous !== undefined && meant(lookUpPhrase(previous.folded, token.folded))) ||
    (next !== undefined && meant(lookUpPhrase(token.folded, next.folded)));
  return (
    !ownWord &&
    concept.word.length >= 4 &&
    concept.dictionaryWord &&
    concept.name === undefined &&
    concept.context !== true &&
    (!inPhrase || concept.terms.size === 0)
  );
}

/** A token of chat shorthand ("ppl") read as the word it stands for ("people"). */
function spelledOut(token: Token): Token {
  const word = CHAT_SHORTHAND.get(token.folded);
  return word === undefined ? token : { ...token, folded: word, term: termOf(word) };
}

/**
 * Turns a question into weighted concepts: content words (stop words and question fillers dropped), each
 * standing for its stem and, when the stem is not in the corpus, for close spellings that are.
 *
 * @example planQuery('How many hostages were kidnapped?', vocabulary).cue // 'number'
 */
export function planQuery(query: string, vocabulary: Vocabulary, corpus: CorpusLookups = {}): QueryPlan {
  const text = query.slice(0, MAX_QUERY_CHARS);
  const tokens = tokenize(text).map(spelledOut);
  const concepts: Concept[] = [];
  const seen = new Set<string>();
  const names = nameRuns(text, tokens);
  const focus = focusFlags(tokens);
  const asking = questionTokens(text, tokens);
  const cue = answerCue(tokens.filter((_, k) => asking[k]).map((t) => t.folded));
  let counted: number | undefined;
  let dateAsked: number | undefined;
  const numbers = numberRuns(tokens.map((t) => t.folded));
  // The question's own words first, so a long story cannot crowd them out of MAX_CONCEPTS.
  const nameForms = new Map<string, string>();
  const byToken = new Map<number, Concept>();
  const order = [...tokens.keys()].sort((a, b) => Number(asking[b]) - Number(asking[a]));
  const speech = speechReference(text, tokens);
  for (const k of order) {
    const token = tokens[k]!;
    const number = numbers.find((run) => run.start <= k && k < run.end);
    if (!isContentWord(text, token) || seen.has(token.term!) || (number && number.start !== k)) continue;
    // "Right now" only says when the question is asked.
    if (token.folded === 'right' && tokens[k + 1]?.folded === 'now') continue;
    if (isDocumentReference(tokens, k) || speech.dropped.has(k)) continue;
    if (!number && isFrameWordSlip(token.folded, vocabulary)) continue;
    seen.add(token.term!);
    let concept: Concept;
    if (number) concept = numberConcept(number, tokens, vocabulary);
    else {
      concept = expand(token.folded, token.term!, vocabulary, corpus, names[k] !== undefined);
      // A name split in two is another name's pieces (Bitcoin is not "bit" + "coin").
      addCompounds(concept, token, tokens[k - 1], tokens[k + 1], vocabulary, names[k] === undefined);
      addPhraseSenses(concept, token, tokens[k + 1], vocabulary);
      // A filler verb and the word after it may be one phrase: "get away" is escape.
      const previous = tokens[k - 1];
      if (previous !== undefined && isQueryFiller(previous.folded))
        addPhraseSenses(concept, previous, token, vocabulary);
      addShortYear(concept, token, tokens[k + 1], text, vocabulary);
    }
    if (asking[k]) {
      // Typed in lower case, a name is still a name: its own run, numbered past the capitalised runs.
      // A month or a weekday, even misspelt, dates the question: no name a passage must hold ("in December 1917").
      const date = CALENDAR_WORD.test(concept.spelling ?? token.folded);
      if (names[k] !== undefined && !date && !isCapitalisedAdjective(tokens, k, names))
        concept.name = names[k];
      else if (!date && isLoneName(concept, token.term!, corpus)) concept.name = tokens.length + k;
      if (focus[k]) concept.focus = true;
      const typed = text.slice(token.start, token.end);
      if (concept.terms.size === 0 && /^\p{Lu}{2,5}s$/u.test(typed)) concept.unknownAcronym = true;
      if (/^\p{Lu}{3,6}s?$/u.test(typed)) concept.acronym = typed.replace(/s$/, '').toLowerCase();
      else if (isLowerCaseAcronym(typed)) concept.acronym = typed;
      if (isSuperlative(token.folded) && !followsVerb(tokens[k - 1]?.folded)) {
        concept.superlative = true;
        addSuperlativeSynonyms(concept, vocabulary);
      }
      if (concept.name !== undefined && !isNameAsWritten(token.term!, token.folded)) {
        keepNameAsWritten(concept, token);
        nameForms.set(token.term!, token.folded);
      }
    } else concept.context = true;
    const before = tokens[k - 1]?.folded;
    if (YEAR.test(token.folded) && /^(?:since|after|before|until|till|from|by)$/.test(before ?? ''))
      concept.relativeYear = true;
    if (YEAR.test(token.folded) && namesDocument(tokens, k)) concept.documentYear = true;
    if (counted === undefined && asking[k] && (before === 'many' || before === 'much'))
      counted = concepts.length;
    if (asking[k] && (before === 'what' || before === 'which')) {
      if (dateAsked === undefined && DATE_ANSWERS.has(token.folded)) {
        dateAsked = concepts.length;
        concept.terms.clear();
      } else if (cue !== 'number') {
        // "Which monarch…?" asks for a kind of monarch; "what size…?" asks a measure, not a kind of size.
        addNarrowerKinds(concept, vocabulary);
      }
    }
    concepts.push(concept);
    byToken.set(k, concept);
    if (concepts.length === MAX_CONCEPTS) break;
  }
  joinLowerCaseNames(byToken, tokens.length);
  // "In his last annual message" names a speech as a year would: the speaker's last one the corpus holds.
  const year =
    corpus.documentYears !== undefined && !concepts.some((c) => YEAR.test(c.word))
      ? speechYear(speech, concepts, byToken, corpus.documentYears)
      : undefined;
  if (year !== undefined && concepts.length < MAX_CONCEPTS)
    concepts.push({ ...expand(year, year, vocabulary, corpus), documentYear: true, impliedYear: true });
  // The word of "what day…?" is matched by the day named, not by itself: never absent.
  if (vocabulary.size >= ABSENCE_MEANS_OFF_TOPIC_FROM)
    for (const [k, concept] of byToken)
      concept.absent = isAbsentTopic(concept, tokens, k, vocabulary) && concept !== concepts[dateAsked ?? -1];
  const acronyms = acronymsOf(text, tokens, names, vocabulary);
  for (const concept of concepts) {
    const acronym = concept.name === undefined ? undefined : acronyms.get(concept.name);
    if (acronym !== undefined && !concept.terms.has(acronym)) concept.terms.set(acronym, BASE_WEIGHT);
  }
  const termIndex = new Map<string, { concept: number; weight: number }[]>();
  const senses = new Map<string, string[]>();
  const plain = new Set<string>();
  concepts.forEach((concept, i) => {
    for (const [term, weight] of concept.terms) {
      if (!vocabulary.has(term)) continue;
      const entries = termIndex.get(term) ?? [];
      entries.push({ concept: i, weight });
      termIndex.set(term, entries);
      const sense = concept.senses?.get(term);
      if (sense === undefined) plain.add(term);
      else senses.set(term, [...(senses.get(term) ?? []), ...sense]);
    }
  });
  for (const term of plain) senses.delete(term);
  // A term that stands in for some word of the question is no mere hint at another.
  const hintIndex = new Map<string, { concept: number; weight: number }[]>();
  concepts.forEach((concept, i) => {
    for (const [term, weight] of concept.hints ?? []) {
      if (termIndex.has(term)) continue;
      hintIndex.set(term, [...(hintIndex.get(term) ?? []), { concept: i, weight }]);
    }
  });
  // A stem that is also another word of the question ("Maine" and "main") is no longer the name's alone.
  concepts.forEach((concept) => {
    if (concept.name === undefined && nameForms.has(termOf(concept.word) ?? '')) {
      nameForms.delete(termOf(concept.word)!);
    }
  });
  const eventVerb = cue === 'date' ? eventVerbOf(tokens, asking, byToken, concepts) : undefined;
  return {
    concepts,
    cue,
    asksName: ASKS_NAME.test(text),
    asksMoney: ASKS_MONEY.test(text),
    asksAge: ASKS_AGE.test(text),
    asksDate: ASKS_DATE.test(text),
    aboutDiscord:
      (asksAboutDiscord(text, tokens, asking) && !(corpus.writtenAsName?.('discord') ?? false)) ||
      (asksAboutTheBot(tokens, asking) && !vocabulary.has('bot')),
    definitional: DEFINITION.test(text) && concepts.length > 0 && concepts.every((c) => c.name !== undefined),
    termIndex,
    hintIndex,
    senses,
    nameForms,
    ...(cue === 'number' && counted !== undefined
      ? { counted, countingVerbs: verbsOf(concepts, counted) }
      : {}),
    ...(dateAsked === undefined ? {} : { dateAsked }),
    ...(eventVerb === undefined ? {} : { eventVerb }),
  };
}
