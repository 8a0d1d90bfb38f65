import { termOf } from './analyze.ts';
import { slipsOf, TYPO_WEIGHT } from './slips.ts';
import type { Vocabulary } from './vocabulary.ts';
import {
  ALIAS_WEIGHT,
  BASE_WEIGHT,
  CAPITAL_WEIGHT,
  KIND_WEIGHT,
  NARROWER_KIND_HINT_WEIGHT,
  OTHER_NAME_WEIGHT,
  PART_WEIGHT,
  RELATED_FORM_WEIGHT,
  RELATED_KIND_HINT_WEIGHT,
  RELATED_WORD_WEIGHT,
  SYNONYM_WEIGHT,
} from './weights.ts';
import { broaderTitlesOf, kindsOf, lookUp, narrowerKindsOf } from './wordnet.ts';
import { irregularFormsOf } from './wordnet-files.ts';
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
  /**
   * Whether the concept is a year the question implies but does not type: the year of the speech "his last annual
   * message" names (see speechYear), matched only by a document's title.
   */
  impliedYear?: boolean;
  /**
   * Loose stand-ins, term → weight, that rank a passage higher but never make it an answer (the relevance floor
   * does not see them): kinds of the word's related words when the corpus lacks it (a "death" toll → die → kill),
   * and the word's narrower kinds (a "ship" → a frigate).
   */
  hints?: Map<string, number>;
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

/** Endings (after Porter stemming) that derive a related word: agent, state, adjective, noun. */
const DERIVATIONAL_ENDING = /^(?:li|e|er|r|or|ment|al|ist|ism|ic|ion|iv|ship|hood|ant|ent|ar|s)$/;
/** Endings that make a nationality of a place name: Israel → Israeli, Iran → Iranian, Lebanon → Lebanese. */
export const NATIONALITY_ENDING = /^(?:i|n|an|ian|es|ese)$/;
/** At most this many stand-ins of one kind (synonyms, related words, parts) for a word. */
export const MAX_SYNONYMS = 6;
/** What the corpus itself tells about its words, read from its passages (see aliases.ts). */
export interface CorpusLookups {
  /** The names the corpus writes right after an index term ("leader" → Khamenei). */
  aliases?: (term: string) => string[];
  /** Other names the corpus gives a name in parentheses ("the Zionist regimes (Israel)": israel → zionist). */
  otherNames?: (term: string) => string[];
  /** Whether the corpus writes a term as a name (capitalised mid-sentence): "John", not "job". */
  writtenAsName?: (term: string) => boolean;
  /**
   * The years in the titles of the documents that hold, for each list of terms, one of them (a speaker's speeches):
   * lists no title holds are passed over.
   */
  documentYears?: (names: string[][]) => number[];
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
  const hints = new Map<string, number>();
  /** Adds at most MAX_SYNONYMS terms of `words` that the corpus uses and the concept lacks, to its terms or hints. */
  const addSome = (words: string[], weight: number, into = terms): void => {
    let added = 0;
    for (const w of words) {
      const t = termOf(w);
      // Every dictionary word a stand-in term comes from ("addition", "additive" → addit) is a form it may take.
      if (into === terms && t !== null && senses.has(t)) senses.get(t)!.push(w);
      if (t === null || terms.has(t) || hints.has(t) || !vocabulary.has(t)) continue;
      into.set(t, weight);
      if (into === terms) senses.set(t, [w]);
      if (++added === MAX_SYNONYMS) break;
    }
  };
  addSome(entry.related, RELATED_WORD_WEIGHT);
  // Another name of the same person or place is that name, not a loose synonym: Dubya is Bush, FDR Roosevelt.
  addSome(entry.synonyms, entry.proper && !vocabulary.has(term) ? OTHER_NAME_WEIGHT : SYNONYM_WEIGHT);
  addSome(entry.seatOf, CAPITAL_WEIGHT);
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
      if (NATIONALITY_ENDING.test(n.slice(t.length)))
        add(n, entry.seatOf.includes(part) ? CAPITAL_WEIGHT : PART_WEIGHT);
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
  if (!vocabulary.has(term)) addSome(entry.related.flatMap(kindsOf), RELATED_KIND_HINT_WEIGHT, hints);
  addSome(narrowerKindsOf(word), NARROWER_KIND_HINT_WEIGHT, hints);
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
    ...(hints.size > 0 ? { hints } : {}),
  };
}
