import { isQueryFiller, termOf, tokenize, type Token } from './analyze.ts';
import { CHAT_SHORTHAND } from './stop-words.ts';
import { acronymsOf, nameRuns } from './names.ts';
import { numberRuns, type NumberRun } from './numbers.ts';
import { findQuestions } from './question-part.ts';
import { isFrameWordSlip, slipsOf, TYPO_WEIGHT } from './slips.ts';
import { CALENDAR_WORD, DATE_ANSWERS, YEAR } from './reading.ts';
import type { Vocabulary } from './vocabulary.ts';
import {
  broaderTitlesOf,
  canBeVerb,
  irregularFormsOf,
  isOnlyVerb,
  isMostlyAdjective,
  kindsOf,
  lookUp,
  lookUpPhrase,
  senseCount,
  spellingOf,
} from './wordnet.ts';

/** The kind of answer a question asks for, read from its question words. */
export type AnswerCue = 'person' | 'date' | 'number' | 'place' | 'reason' | null;

/** One content word of the question and the index terms that stand for it, each with a weight ≤ 1. */
export interface Concept {
  /** The word as the user typed it (folded). */
  word: string;
  /** How much this word matters: its rarity in the corpus (an unknown word counts as the rarest). */
  idf: number;
  /** Index term → weight: 1 for the word's own stem, less for typo corrections and related words. */
  terms: Map<string, number>;
  /** For a term that stands in for dictionary words (a WordNet synonym, "new" for "age"): those words. */
  senses?: Map<string, string[]>;
  /** For a slip no dictionary knows, the dictionary word it stands for ("eneym" → enemy). */
  spelling?: string;
  /** For a capitalised word inside the question (a name), which run of adjacent names it belongs to. */
  name?: number;
  /** Share of passages that use the word itself (0 when the corpus never does). */
  spread: number;
  /** Whether WordNet knows the word: a name it does not know (Khamenei, Mona) identifies the subject exactly. */
  dictionaryWord: boolean;
  /** Whether WordNet's commonest noun sense of the word is a proper noun (Iran, Lincoln), however it was typed. */
  proper: boolean;
  /**
   * Whether the word is a plural acronym the corpus never uses ("UAVs"): a kind of thing the text likely calls by
   * words (drones), not a name an answer must hold (see floor.ts, rule 3). A name ("FIFA") takes no plural.
   */
  unknownAcronym?: boolean;
  /**
   * The letters of a word typed as an acronym of three to six capitals ("IRGC" → "irgc"; two, as in US, are too
   * ambiguous), or in lower case (see isLowerCaseAcronym): a passage may spell it out, in full or in part
   * ("Revolutionary Guards"), see rank.ts.
   */
  acronym?: string;
  /**
   * Whether the word joined a lower-case name as the word beside it ("buenos" in "buenos aires", "abe" in "abe
   * lincoln"): it may match for the name, but an answer need not hold it, as it may be a nickname or a spelling
   * the corpus does not use (see floor.ts, rule 3).
   */
  nameNeighbour?: boolean;
  /**
   * Whether the word is a dictionary word that a corpus large enough to use most words of its topics never uses
   * (see ABSENCE_MEANS_OFF_TOPIC_FROM): an answer must then hold a word that stands for it (floor.ts, rule 9).
   */
  absent?: boolean;
  /** Whether the word names what the question is about ("What did X say about <focus>?"). */
  focus?: boolean;
  /** For a year, whether the question dates something by it ("since 1837") rather than naming its year. */
  relativeYear?: boolean;
  /** Whether the word may be a year written short ("carter 78", "in '87"): it stands for 1978 and 2078 too. */
  shortYear?: boolean;
  /** Whether the word is a superlative ("the tallest mountain"): it asks for the one that stands out. */
  superlative?: boolean;
  /**
   * Whether the word comes from the message around the question ("Hi, I was reading the news, …"): it helps
   * rank the passages that match it, but an answer need not cover it (see question-part.ts).
   */
  context?: boolean;
}

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
   * and the corpus never writes Discord as a name: see floor.ts, rule 10.
   */
  aboutDiscord: boolean;
  /** For "how many X?": the index of X's concept, the thing being counted. */
  counted?: number;
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
/** A question that asks what someone or something is called, or a search that ends on it ("quds commander name"). */
const ASKS_NAME =
  /\b(?:name of|whose name|(?:his|her|their|its)(?: full)? name)\b|['’]s name\b|\bnames?\s*\??\s*$/i;
/** A question that asks how much money: "How much did it cost?", "How much money does Iran spend…?". */
const ASKS_MONEY =
  /\bhow much\b.*\b(?:money|costs?|spend|spends|spent|pay|pays|paid|worth|price|budget|dollars|funds?|invest|invests|invested|donate|donated|owe|owed)\b/i;
/** A question that asks who or what something is: "Who is…?", "What was…?". */
const DEFINITION = /^\s*(?:who|what)\s+(?:is|was|are|were)\s/i;
/** A question that asks how old someone is. */
const ASKS_AGE = /\bhow old\b|\bage\b/i;
/** A question that asks for a calendar date: "On what date did Iran launch…?", "the exact date of…". */
const ASKS_DATE = /\b(?:what|which|exact|precise|specific|actual) date\b/i;
/** Most content words kept from one query. */
const MAX_CONCEPTS = 24;

/** Weight of a WordNet synonym: well below the word itself, because only some senses fit the question. */
const SYNONYM_WEIGHT = 0.4;
/**
 * A synonym of two words read as one WordNet phrase: what they mean together ("make up for" is compensate), surer
 * than a synonym of either word alone.
 */
const PHRASE_WEIGHT = 0.5;
/** Weight of another name WordNet gives a person or place whose name the corpus never uses (Dubya → Bush). */
const OTHER_NAME_WEIGHT = 0.8;
/** Weight of the dictionary form of an irregular word (struck → strike): the same word in another form. */
export const BASE_WEIGHT = 0.9;
/** Weight of a term sharing all but the last letter of the word's stem (settler → settlement). */
const RELATED_FORM_WEIGHT = 0.5;
/** Weight of a name the corpus writes right after the word (leader → Khamenei), see aliases.ts. */
export const ALIAS_WEIGHT = 0.5;
/** Weight of the same idea in another part of speech (age ↔ old, America ↔ American), see wordnet.ts. */
const RELATED_WORD_WEIGHT = 0.5;
/** Weight of a place or thing that contains or is part of the word's (Syria → Damascus). */
const PART_WEIGHT = 0.3;
/** Weight of a broader or narrower kind of a word the corpus never uses (demonstrations → protests). */
const KIND_WEIGHT = 0.3;
/** Endings (after Porter stemming) that derive a related word: agent, state, adjective, noun. */
const DERIVATIONAL_ENDING = /^(?:li|e|er|r|or|ment|al|ist|ism|ic|ion|iv|ship|hood|ant|ent|ar|s)$/;
/** Endings that make a nationality of a place name: Israel → Israeli, Iran → Iranian, Lebanon → Lebanese. */
const NATIONALITY_ENDING = /^(?:i|n|an|ian|es|ese)$/;
const MAX_SYNONYMS = 6;
/**
 * Passages from which a corpus uses most everyday words of the topics it covers, so that a dictionary word it never
 * uses marks a topic it lacks ("sourdough", "password" in the State of the Union speeches). In two news articles
 * most words of a paraphrase are absent. Measured on the State of the Union speeches: at 2,400 passages, reading
 * absence so refused 11 more of 75 unanswerable questions but dropped 5 of 60 answers out of the top three; at
 * 14,000 it refused 5 more and moved one first answer of 250 to second place.
 */
const ABSENCE_MEANS_OFF_TOPIC_FROM = 5000;
/** Weight of the full year a two-digit number may stand for ("lbj 65" → 1965): it may also be just 65. */
const SHORT_YEAR_WEIGHT = 0.8;
/** Words after a two-digit number that make it a count or a measure, not a year ("50 yrs", "65 percent"). */
const COUNTED_AFTER =
  /^(?:years?|yrs?|months?|days?|weeks?|hours?|percent|per|cents?|dollars?|times|miles?|tons?)$/;

/** What the corpus itself tells about its words, read from its passages (see aliases.ts). */
export interface CorpusLookups {
  /** The names the corpus writes right after an index term ("leader" → Khamenei). */
  aliases?: (term: string) => string[];
  /** Other names the corpus gives a name in parentheses ("the Zionist regimes (Israel)": israel → zionist). */
  otherNames?: (term: string) => string[];
  /** Whether the corpus writes a term as a name (capitalised mid-sentence): "John", not "job". */
  writtenAsName?: (term: string) => boolean;
}

/** The question words that set the answer type, or leave it open (what, why, how). */
const QUESTION_WORD =
  / (who|whom|whose|when|where|why|how|(?:what|which) (?:year|date|day|month|time)|what|which) /;

/**
 * Whether a word typed in lower case reads as an acronym: three to six letters no dictionary knows, with three
 * consonants in a row, as few short words have ("irgc", "fdr"; not the name "mona").
 */
function isLowerCaseAcronym(typed: string): boolean {
  return /^[a-z]{3,6}$/.test(typed) && /[^aeiouy]{3}/.test(typed) && !lookUp(typed).known;
}

/** Reads the answer type from the question words ("how many" → number, "who" → person…). */
export function answerCue(words: string[]): AnswerCue {
  const text = ` ${words.join(' ')} `;
  // An age is a number too: "How old is X?", "X's age" → "the 83-year-old X"; so are a share and a size ("what
  // share of the surplus…?" → "11 percent of the surplus").
  if (
    / how (many|much|old) | number of | age | (?:what|which) (?:share|fraction|percentage|percent|proportion|portion|amount|sum|size|total) /.test(
      text,
    )
  )
    return 'number';
  // Otherwise the first question word: "How did Tehran react when…" asks how, "When did the man who…" when.
  const first = QUESTION_WORD.exec(text)?.[1] ?? '';
  if (/^(?:who|whom|whose)$/.test(first)) return 'person';
  if (first === 'when' || first.includes(' ')) return 'date';
  if (first === 'where') return 'place';
  // "Why…?", "What made…?" and "How come…?" ask for a cause, which a text gives with "because", "after"…
  if (first === 'why' || / (?:what|which) (?:made|caused|led|prompted|triggered) | how come /.test(text))
    return 'reason';
  return null;
}

/**
 * A dictionary word's regular inflections that stem to another term: Porter cuts "added" to "ad" and "succeeded"
 * to "succeed" but "add" and "succeed" to "add" and "succe", so the text's forms must be asked for by name.
 *
 * @example regularFormsOf('add') // ['added', 'adding']
 */
function regularFormsOf(word: string): string[] {
  const stem = termOf(word);
  const forms = [`${word}s`, `${word}ed`, `${word}ing`, `${word}d`, `${word.replace(/e$/, '')}ing`];
  return [...new Set(forms)].filter((form) => termOf(form) !== stem && lookUp(form).bases.includes(word));
}

/**
 * One content word as a concept: its own stem; when the corpus lacks that stem, likely spelling corrections;
 * and WordNet synonyms the corpus uses, each weighted below the word itself.
 */
function expand(
  word: string,
  term: string,
  vocabulary: Vocabulary,
  corpus: CorpusLookups,
  capitalised = false,
): Concept {
  const terms = new Map<string, number>();
  const add = (t: string, weight: number): void => {
    if (vocabulary.has(t) && (terms.get(t) ?? 0) < weight) terms.set(t, weight);
  };
  add(term, 1);
  const entry = lookUp(word);
  for (const base of entry.bases) add(termOf(base) ?? '', BASE_WEIGHT);
  for (const form of irregularFormsOf(word)) add(termOf(form) ?? '', BASE_WEIGHT);
  for (const form of regularFormsOf(word)) add(termOf(form) ?? '', BASE_WEIGHT);
  const corrected = slipsOf({ word, term, capitalised, writtenAsName: corpus.writtenAsName }, vocabulary);
  for (const [t, weight] of corrected) add(t, weight);
  // A word neither the corpus nor WordNet knows may be a slip on a dictionary word the corpus lacks (ayatolah):
  // read as that word, it is a word like any other, not an unknown name every answer must contain.
  const inCorpus = (w: string): boolean => vocabulary.has(termOf(w) ?? '');
  const spelling = vocabulary.has(term) || corrected.length > 0 ? undefined : spellingOf(word, inCorpus);
  const spelled = spelling === undefined ? null : termOf(spelling);
  if (spelling !== undefined && spelled !== null) {
    const meant = expand(spelling, spelled, vocabulary, corpus);
    for (const [t, weight] of meant.terms) meant.terms.set(t, weight * TYPO_WEIGHT);
    return { ...meant, word, spelling };
  }
  // Derived forms are the stem plus a derivational ending: Iran → Iranian, Israel → Israeli, settler → settlement
  // (a long stem loses its last letter first). Any other shared prefix is a different word (recip → reciproc).
  const root = term.length >= 6 ? term.slice(0, -1) : term;
  const place = entry.proper || !entry.known;
  for (const t of term.length >= 4 ? vocabulary.withPrefix(root, 12) : []) {
    const ending = t.slice(root.length);
    if (DERIVATIONAL_ENDING.test(ending) || (place && NATIONALITY_ENDING.test(ending))) {
      add(t, RELATED_FORM_WEIGHT);
    }
  }
  // A nationality may replace the place name's last two letters (Lebanon → Lebanese).
  const shortRoot = term.slice(0, -2);
  for (const t of place && term.length >= 6 ? vocabulary.withPrefix(shortRoot, 12) : []) {
    if (NATIONALITY_ENDING.test(t.slice(shortRoot.length))) add(t, RELATED_FORM_WEIGHT);
  }
  const senses = new Map<string, string[]>();
  const addSome = (words: string[], weight: number): void => {
    let added = 0;
    for (const w of words) {
      const t = termOf(w);
      // Every dictionary word a stand-in term comes from ("addition", "additive" → addit) is a form it may take.
      if (t !== null && senses.has(t)) senses.get(t)!.push(w);
      if (t === null || terms.has(t) || !vocabulary.has(t)) continue;
      add(t, weight);
      senses.set(t, [w]);
      if (++added === MAX_SYNONYMS) break;
    }
  };
  addSome(entry.related, RELATED_WORD_WEIGHT);
  // Another name of the same person or place is that name, not a loose synonym: Dubya is Bush, FDR Roosevelt.
  addSome(entry.synonyms, entry.proper && !vocabulary.has(term) ? OTHER_NAME_WEIGHT : SYNONYM_WEIGHT);
  addSome(entry.parts, PART_WEIGHT);
  // Another name of a place has its people's name too, weakly: US is America, so American.
  if (entry.proper || capitalised)
    for (const name of entry.synonyms.slice(0, MAX_SYNONYMS)) addSome(lookUp(name).related, PART_WEIGHT);
  // The kinds of the word's dictionary form too, in any part of speech: "rallying" (a mobilization) is also a
  // form of "rally", a kind of gathering; "blinded" of "blind".
  if (!vocabulary.has(term)) addSome([word, ...entry.bases].flatMap(kindsOf), KIND_WEIGHT);
  // A place stands for its country's people too: Tehran → Iran → Iranian.
  for (const part of entry.parts) {
    const t = termOf(part);
    if (t === null || !terms.has(t)) continue;
    for (const n of vocabulary.withPrefix(t, 12))
      if (NATIONALITY_ENDING.test(n.slice(t.length))) add(n, PART_WEIGHT);
  }
  // Only a title stands for a name: a kind of person, or a word WordNet does not know. Any other word that
  // happens to precede a name once ("…to prevent retaliation Khamenei said") is not the name's title.
  if (vocabulary.has(term) && (entry.person || !entry.known))
    for (const name of corpus.aliases?.(term) ?? []) add(name, ALIAS_WEIGHT);
  // Another name the corpus itself gives a name is that name: "the Zionist regimes (Israel)".
  if (vocabulary.has(term) && (entry.proper || !entry.known))
    for (const name of corpus.otherNames?.(term) ?? []) add(name, OTHER_NAME_WEIGHT);
  // A title the corpus never uses stands, as loosely as a kind, for a broader one it uses before names: "the
  // ayatollah" (a religious leader) for its "Supreme Leader Ali Khamenei".
  if (!vocabulary.has(term) && entry.person)
    for (const title of broaderTitlesOf(word)) {
      const t = termOf(title);
      const names = t !== null && vocabulary.has(t) ? (corpus.aliases?.(t) ?? []) : [];
      if (names.length === 0) continue;
      add(t!, KIND_WEIGHT);
      for (const name of names) add(name, KIND_WEIGHT);
    }
  // A word's weight is its rarity. A word the corpus lacks counts as the rarest word (so a question about
  // something absent is refused), blended towards its best stand-in by how sure that stand-in is.
  let idf = vocabulary.idf(term);
  // A slip ("khsmenei", "spdier") is used as widely as the word it stands for, and is a dictionary word or a name
  // if that is ("roosvelt").
  let spread = vocabulary.frequency(term) / vocabulary.size;
  let dictionaryWord = entry.known;
  let proper = entry.proper;
  if (!vocabulary.has(term) && terms.size > 0) {
    const [best, weight] = [...terms].sort((a, b) => b[1] - a[1])[0]!;
    idf = weight * vocabulary.idf(best) + (1 - weight) * idf;
    if (weight >= TYPO_WEIGHT) {
      const meant = lookUp(best);
      spread = vocabulary.frequency(best) / vocabulary.size;
      dictionaryWord ||= meant.known;
      proper ||= word.length >= 5 && meant.proper && (corpus.writtenAsName?.(best) ?? true);
    }
  }
  return {
    word,
    idf,
    terms,
    senses,
    spread,
    dictionaryWord,
    proper,
  };
}

/** Words that scale the count before them ("thirteen million"). */
const SCALE_WORDS = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * A number written in words as one concept: its digits ("twenty-two thousand" → 22000, as the text may write
 * "22,000") and its words (the text may spell it out too), each word weaker when it is one of several.
 */
function numberConcept(run: NumberRun, tokens: Token[], vocabulary: Vocabulary): Concept {
  const words = tokens.slice(run.start, run.end).filter((t) => t.term !== null);
  const numeral = String(run.value);
  const terms = new Map<string, number>();
  if (vocabulary.has(numeral)) terms.set(numeral, 1);
  const weight = words.length === 1 ? 1 : RELATED_FORM_WEIGHT;
  for (const { term } of words) if (vocabulary.has(term!) && !terms.has(term!)) terms.set(term!, weight);
  // "thirteen million" is also written "13 million(s)": the digits of the count before the scale word.
  const scale = SCALE_WORDS.get(words.at(-1)?.folded.replace(/s$/, '') ?? '');
  const count = scale && words.length > 1 && run.value % scale === 0 ? String(run.value / scale) : '';
  if (vocabulary.has(count) && !terms.has(count)) terms.set(count, RELATED_FORM_WEIGHT);
  // Rarity as for any word: of the digits when the corpus has them, else blended towards the best stand-in.
  let idf = vocabulary.idf(numeral);
  const [best, bestWeight] = [...terms].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!vocabulary.has(numeral) && bestWeight > 0)
    idf = bestWeight * vocabulary.idf(best) + (1 - bestWeight) * idf;
  return {
    word: words.map((t) => t.folded).join(' '),
    idf,
    terms,
    spread: vocabulary.frequency(numeral) / vocabulary.size,
    dictionaryWord: true,
    proper: false,
  };
}

/**
 * Words written together or apart: "play down" is "downplayed" in the text, "noncombatants" is "non-combatants".
 * Joins the word with a neighbour (either order) and splits a word the corpus lacks into two words it has.
 */
function addCompounds(
  concept: Concept,
  token: Token,
  before: Token | undefined,
  after: Token | undefined,
  vocabulary: Vocabulary,
  maySplit: boolean,
): void {
  // A slip is read as the word it stands for ("arch eneym").
  const word = concept.spelling ?? token.folded;
  for (const joined of [
    before && before.folded + word,
    before && word + before.folded,
    after && word + after.folded,
    after && after.folded + word,
  ]) {
    const term = joined ? termOf(joined) : null;
    // The joined form must itself be a word ("to going" stems to the corpus's "togo" but is no word at all), or
    // join two content words ("arch enemy" → archenemy, which WordNet lacks).
    const wordy = joined && (lookUp(joined).known || Math.min(word.length, joined.length - word.length) >= 3);
    if (term !== null && vocabulary.has(term) && !concept.terms.has(term) && wordy)
      concept.terms.set(term, BASE_WEIGHT);
  }
  if (!maySplit || vocabulary.has(token.term ?? '') || word.length < 7) return;
  for (let at = 3; at <= word.length - 3; at++) {
    const [head, tail] = [termOf(word.slice(0, at)), termOf(word.slice(at))];
    if (head === null || tail === null || !vocabulary.has(head) || !vocabulary.has(tail)) continue;
    for (const part of [head, tail])
      if (!concept.terms.has(part)) concept.terms.set(part, RELATED_FORM_WEIGHT);
    return;
  }
}

/**
 * A two-digit number as people write a year in chat ("carter 78", "the iran thing in '87"): it stands for the
 * years of both centuries the corpus uses, below the number itself, unless a unit follows it ("50 yrs").
 */
function addShortYear(
  concept: Concept,
  token: Token,
  next: Token | undefined,
  text: string,
  vocabulary: Vocabulary,
): void {
  const unit = COUNTED_AFTER.test(next?.folded ?? '') || text[token.end] === '%';
  if (!/^\d\d$/.test(token.folded) || unit) return;
  for (const century of ['19', '20']) {
    const year = century + token.folded;
    if (!vocabulary.has(year)) continue;
    concept.terms.set(year, SHORT_YEAR_WEIGHT);
    concept.shortYear = true;
  }
}

/**
 * A word and the next read as one ("did it turn out to be worth it" → prove; "pass away" → die): the phrase's
 * synonyms and related words stand for the first word, as weak stand-ins like any synonym, in place of the word's
 * own: "make up for" is compensate, not build.
 */
function addPhraseSenses(
  concept: Concept,
  token: Token,
  next: Token | undefined,
  vocabulary: Vocabulary,
): void {
  // A phrase may be typed with a slip: "old hikory" is Old Hickory.
  const spelt = (word: string): string => (lookUp(word).known ? word : (spellingOf(word) ?? word));
  const phrase =
    next &&
    (lookUpPhrase(token.folded, next.folded) ?? lookUpPhrase(spelt(token.folded), spelt(next.folded)));
  if (!phrase) return;
  // The word is used in the phrase's sense, not its own: "make up for" is no "build".
  for (const [term, weight] of concept.terms) {
    if (weight > SYNONYM_WEIGHT) continue;
    concept.terms.delete(term);
    concept.senses?.delete(term);
  }
  let added = 0;
  for (const word of [...phrase.synonyms, ...phrase.related]) {
    const term = termOf(word);
    if (term === null || concept.terms.has(term) || !vocabulary.has(term)) continue;
    concept.terms.set(term, PHRASE_WEIGHT);
    (concept.senses ??= new Map()).set(term, [word]);
    if (++added === MAX_SYNONYMS) break;
  }
}

/**
 * Whether a text's word is a name as the question writes it, or its plural ("Americans" for "American"): a stem
 * that only looks like the name ("main" for "Maine", "harder" for "Harding") is another word.
 *
 * @example isNameAsWritten('main', 'maine') // false
 */
export function isNameAsWritten(folded: string, name: string): boolean {
  return folded === name || folded === `${name}s` || name === `${folded}s`;
}

/**
 * Reads a name whose stem is another word (Harding → "hard") as the name only: drops the forms derived from the
 * stem (hardship, hardly) and, when the stem is a dictionary word, how widely the corpus uses it, which says
 * nothing of how widely it names Maine or Harding.
 */
function keepNameAsWritten(concept: Concept, name: Token): void {
  const stem = name.term!;
  for (const [term, weight] of concept.terms) {
    if (term !== stem && term.startsWith(stem.slice(0, -1)) && weight === RELATED_FORM_WEIGHT) {
      concept.terms.delete(term);
    }
  }
  if (lookUp(stem).known) concept.spread = 0;
}

/**
 * Whether a word is a superlative adjective: best, worst, or a dictionary adjective plus -est (tallest, biggest).
 *
 * @example isSuperlative('tallest') // true
 */
function isSuperlative(word: string): boolean {
  if (word === 'best' || word === 'worst') return true;
  // A word of its own ("forest", "honest", "latest") is no form of another.
  return word.endsWith('est') && senseCount(word) === 0 && lookUp(word).bases.length > 0;
}

/** The superlative of a one-syllable-ish adjective: big → biggest, large → largest, happy → happiest. */
function superlativeOf(adjective: string): string {
  if (adjective.endsWith('e')) return `${adjective}st`;
  if (/[^aeiou]y$/.test(adjective)) return `${adjective.slice(0, -1)}iest`;
  if (/^[^aeiou]*[aeiou][b-df-hj-np-tv-z]$/.test(adjective) && !/[wxy]$/.test(adjective))
    return `${adjective}${adjective.at(-1)}est`;
  return `${adjective}est`;
}

/**
 * A superlative stands for its synonyms' superlatives too, weakly: "largest" for "biggest", as "large" for "big".
 */
function addSuperlativeSynonyms(concept: Concept, vocabulary: Vocabulary): void {
  const base = lookUp(concept.spelling ?? concept.word).bases[0];
  if (base === undefined) return;
  for (const synonym of lookUp(base).synonyms) {
    const term = termOf(superlativeOf(synonym));
    if (term !== null && vocabulary.has(term) && !concept.terms.has(term))
      concept.terms.set(term, SYNONYM_WEIGHT);
  }
}

/**
 * Whether a word typed in lower case is a name: WordNet calls it a proper noun ("lincoln") and it is not mostly an
 * adjective ("western", whose proper noun is the film); or no dictionary knows it and the corpus writes it as a
 * name ("biden"), unless it is a slip on a dictionary word that keeps its first letter ("frist" for first,
 * "governers"; "biden" is no slip on widen); or it is a long word that neither WordNet nor the corpus knows nor
 * resembles ("netanyahu"): a subject the corpus never mentions.
 */
function isLoneName(concept: Concept, term: string, corpus: CorpusLookups): boolean {
  if (concept.proper) return !isMostlyAdjective(concept.word);
  if (concept.dictionaryWord) return false;
  if (concept.terms.get(term) === 1)
    return (
      !lookUp(term).known &&
      spellingOf(concept.word)?.[0] !== concept.word[0] &&
      (corpus.writtenAsName?.(term) ?? false)
    );
  return concept.terms.size === 0 && concept.word.length >= 5;
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

/**
 * Whether a question word is a topic the corpus never uses: a dictionary word of four letters or more (shorter ones
 * are often chat: "em"), none of whose own forms or spellings the corpus has, asked about (not context), no name
 * (rule 3 reads those) and no part of a phrase WordNet knows ("hickory" in "old hickory", a nickname), unless
 * nothing the corpus has stands for it ("banana" in "banana bread").
 */
function isAbsentTopic(concept: Concept, tokens: Token[], k: number): boolean {
  const ownWord = [...concept.terms.values()].some((weight) => weight >= TYPO_WEIGHT);
  const [previous, token, next] = [tokens[k - 1], tokens[k]!, tokens[k + 1]];
  const inPhrase =
    (previous !== undefined && lookUpPhrase(previous.folded, token.folded) !== undefined) ||
    (next !== undefined && lookUpPhrase(token.folded, next.folded) !== undefined);
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
  let counted: number | undefined;
  let dateAsked: number | undefined;
  const numbers = numberRuns(tokens.map((t) => t.folded));
  // The question's own words first, so a long story cannot crowd them out of MAX_CONCEPTS.
  const nameForms = new Map<string, string>();
  const byToken = new Map<number, Concept>();
  const order = [...tokens.keys()].sort((a, b) => Number(asking[b]) - Number(asking[a]));
  for (const k of order) {
    const token = tokens[k]!;
    const number = numbers.find((run) => run.start <= k && k < run.end);
    if (!isContentWord(text, token) || seen.has(token.term!) || (number && number.start !== k)) continue;
    // "Right now" only says when the question is asked.
    if (token.folded === 'right' && tokens[k + 1]?.folded === 'now') continue;
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
      if (names[k] !== undefined && !date) concept.name = names[k];
      else if (!date && isLoneName(concept, token.term!, corpus)) concept.name = tokens.length + k;
      if (focus[k]) concept.focus = true;
      const typed = text.slice(token.start, token.end);
      if (concept.terms.size === 0 && /^\p{Lu}{2,5}s$/u.test(typed)) concept.unknownAcronym = true;
      if (/^\p{Lu}{3,6}s?$/u.test(typed)) concept.acronym = typed.replace(/s$/, '').toLowerCase();
      else if (isLowerCaseAcronym(typed)) concept.acronym = typed;
      if (isSuperlative(token.folded)) {
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
    if (counted === undefined && asking[k] && (before === 'many' || before === 'much'))
      counted = concepts.length;
    if (
      dateAsked === undefined &&
      asking[k] &&
      (before === 'what' || before === 'which') &&
      DATE_ANSWERS.has(token.folded)
    ) {
      dateAsked = concepts.length;
      concept.terms.clear();
    }
    concepts.push(concept);
    byToken.set(k, concept);
    if (concepts.length === MAX_CONCEPTS) break;
  }
  joinLowerCaseNames(byToken, tokens.length);
  // The word of "what day…?" is matched by the day named, not by itself: never absent.
  if (vocabulary.size >= ABSENCE_MEANS_OFF_TOPIC_FROM)
    for (const [k, concept] of byToken)
      concept.absent = isAbsentTopic(concept, tokens, k) && concept !== concepts[dateAsked ?? -1];
  const acronyms = acronymsOf(tokens, names, vocabulary);
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
  // A stem that is also another word of the question ("Maine" and "main") is no longer the name's alone.
  concepts.forEach((concept) => {
    if (concept.name === undefined && nameForms.has(termOf(concept.word) ?? '')) {
      nameForms.delete(termOf(concept.word)!);
    }
  });
  const cue = answerCue(tokens.filter((_, k) => asking[k]).map((t) => t.folded));
  const eventVerb = cue === 'date' ? eventVerbOf(tokens, asking, byToken, concepts) : undefined;
  return {
    concepts,
    cue,
    asksName: ASKS_NAME.test(text),
    asksMoney: ASKS_MONEY.test(text),
    asksAge: ASKS_AGE.test(text),
    asksDate: ASKS_DATE.test(text),
    aboutDiscord: asksAboutDiscord(text, tokens, asking) && !(corpus.writtenAsName?.('discord') ?? false),
    definitional: DEFINITION.test(text) && concepts.length > 0 && concepts.every((c) => c.name !== undefined),
    termIndex,
    senses,
    nameForms,
    ...(cue === 'number' && counted !== undefined ? { counted } : {}),
    ...(dateAsked === undefined ? {} : { dateAsked }),
    ...(eventVerb === undefined ? {} : { eventVerb }),
  };
}

/** Words of the app around "discord" that say the question is about the app, not about strife. */
const APP_WORDS =
  /^(?:server|servers|channel|channels|bot|bots|role|roles|nickname|nick|password|account|emoji|emojis|nitro|mod|mods|moderator|admin|dm|dms|ping|reaction|reactions|app|login|settings|voice|stream|username|avatar|profile|status)$/;

/**
 * Whether the question asks about Discord the app: "Discord" as a name, or "discord" beside one of its words
 * ("reset my discord password"). "What did Lincoln say of discord between the states?" asks about strife.
 */
function asksAboutDiscord(text: string, tokens: Token[], asking: boolean[]): boolean {
  const mentions = tokens.filter((t, k) => asking[k] && t.folded === 'discord');
  if (mentions.length === 0) return false;
  return (
    mentions.some((t) => text[t.start] === 'D') ||
    tokens.some((t, k) => asking[k] && APP_WORDS.test(t.folded))
  );
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
function eventVerbOf(
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
