import { termOf, type Token } from './analyze.ts';
import type { NumberRun } from './numbers.ts';
import { slipsOf, TYPO_WEIGHT } from './slips.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Vocabulary } from './vocabulary.ts';
import { broaderTitlesOf, kindsOf, lookUp, lookUpPhrase, narrowerKindsOf } from './wordnet.ts';
import { irregularFormsOf, senseCount } from './wordnet-files.ts';
import { spellingOf } from './wordnet-spelling.ts';

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
  /** For a year, whether it names the document asked about ("in the 2007 address"), not an event in it. */
  documentYear?: boolean;
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

/**
 * Whether the corpus uses the concept's word itself (or its dictionary form, or the word a slip stands for), not
 * only stand-ins for it.
 */
export function hasOwnWord(concept: Concept): boolean {
  return [...concept.terms.values()].some((weight) => weight >= TYPO_WEIGHT);
}

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
export function expand(
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
  // A people's country that the corpus never names stands for its parts: Syrian → Syria → Damascus.
  if (entry.proper)
    for (const country of entry.related)
      if (!vocabulary.has(termOf(country) ?? '')) addSome(lookUp(country).parts, PART_WEIGHT);
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
  // Only a title stands for a name: a kind of person, or a word WordNet does not know (not a number: "1937
  // Sugar Act" is no title). Any other word that happens to precede a name once ("…to prevent retaliation
  // Khamenei said") is not the name's title.
  if (vocabulary.has(term) && (entry.person || (!entry.known && !/\d/.test(word))))
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
export function numberConcept(run: NumberRun, tokens: Token[], vocabulary: Vocabulary): Concept {
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
 * Words written together or apart: "arch enemy" is "archenemy" in the text, "noncombatants" is "non-combatants".
 * Joins the word with a neighbour in the order typed, and splits a word the corpus lacks into two words it has.
 * The other order is another word ("set up" is no upset, "come in" no income), and so is a join with a single
 * letter or a function word ("a new" is no anew, "who led" no whole); WordNet's phrases read "play down" as
 * downplay (see addPhraseSenses).
 */
export function addCompounds(
  concept: Concept,
  token: Token,
  before: Token | undefined,
  after: Token | undefined,
  vocabulary: Vocabulary,
  maySplit: boolean,
): void {
  // A slip is read as the word it stands for ("arch eneym").
  const word = concept.spelling ?? token.folded;
  const pairs: [string, string][] = [];
  const joinable = (t: Token | undefined): t is Token =>
    t !== undefined && t.folded.length > 1 && !STOP_WORDS.has(t.folded);
  if (joinable(before)) pairs.push([before.folded, word]);
  if (joinable(after)) pairs.push([word, after.folded]);
  for (const [first, second] of pairs) {
    const joined = first + second;
    const term = termOf(joined);
    // The joined form must itself be a word, not a name ("to going" stems to the corpus's "togo" and "put in" is
    // Putin), or join two content words ("arch enemy" → archenemy, which WordNet lacks), and its stem must keep
    // something of the second ("Israeli city" stems to "israel").
    const entry = lookUp(joined);
    const wordy = (entry.known && !entry.proper) || Math.min(first.length, second.length) >= 3;
    if (
      term !== null &&
      term.length > first.length &&
      vocabulary.has(term) &&
      !concept.terms.has(term) &&
      wordy
    )
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
export function addShortYear(
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
export function addPhraseSenses(
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
 * Whether a term is a place's people or language, made from the place's stem as {@link expand} makes it (Israel →
 * Israeli, Italy → Italian, Germany → German): the stem, or the stem less one or two letters, and a nationality
 * ending.
 */
function isNationalityOf(term: string, stem: string): boolean {
  return [0, 1, 2].some((cut) => {
    const root = stem.slice(0, stem.length - cut);
    return term.startsWith(root) && NATIONALITY_ENDING.test(term.slice(root.length));
  });
}

/**
 * Reads a name whose stem is another word (Harding → "hard") as the name only: drops the forms derived from the
 * stem (hardship, hardly) and, when the stem is a dictionary word, how widely the corpus uses it, which says
 * nothing of how widely it names Maine or Harding.
 */
export function keepNameAsWritten(concept: Concept, name: Token): void {
  const stem = name.term!;
  const place = lookUp(name.folded).place;
  for (const [term, weight] of concept.terms) {
    if (place && isNationalityOf(term, stem)) continue;
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
export function isSuperlative(word: string): boolean {
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
 * The thing a "which / what" question asks for stands for its narrower kinds, as loosely as a synonym: "Which
 * monarch…?" for "the King of Denmark", "what bird…?" for "the ostrich". Only the word as typed: a slip may hide
 * a measure ("what shsre" is "what share", a number asked for, not a kind of share).
 */
export function addNarrowerKinds(concept: Concept, vocabulary: Vocabulary): void {
  for (const kind of narrowerKindsOf(concept.word)) {
    const term = termOf(kind);
    if (term !== null && vocabulary.has(term) && !concept.terms.has(term))
      concept.terms.set(term, SYNONYM_WEIGHT);
  }
}

/**
 * A superlative stands for its synonyms' superlatives too, weakly: "largest" for "biggest", as "large" for "big".
 */
export function addSuperlativeSynonyms(concept: Concept, vocabulary: Vocabulary): void {
  const base = lookUp(concept.spelling ?? concept.word).bases[0];
  if (base === undefined) return;
  for (const synonym of lookUp(base).synonyms) {
    const term = termOf(superlativeOf(synonym));
    if (term !== null && vocabulary.has(term) && !concept.terms.has(term))
      concept.terms.set(term, SYNONYM_WEIGHT);
  }
}
