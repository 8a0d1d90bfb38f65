import { termOf } from './analyze.ts';
import { QUERY_FILLERS, STOP_WORDS } from './stop-words.ts';
import type { Vocabulary } from './vocabulary.ts';
import { lookUp } from './wordnet.ts';
import { spellingOf } from './wordnet-spelling.ts';

/** Weight of a spelling correction one edit away (two edits: less); a dictionary word is rarely a typo. */
export const TYPO_WEIGHT = 0.8;
/**
 * Length from which a name may be two slips from the corpus's ("Fsdvi" → Fadavi): a name is corrected
 * only to one the corpus writes as a name, so it may go further than an ordinary word (seven letters).
 */
const NAME_TWO_SLIPS_FROM = 5;
const MAX_CORRECTIONS = 3;
/** A word in at most this many passages may be a slip on one in COMMONER times as many (see slipsOf). */
const RARE_PASSAGES = 10;
const COMMONER = 10;
/** How much such a commoner word counts, against the slip correction of a word the corpus lacks. */
const RARE_SLIP_SCALE = 0.75;

/** A word of the question, as {@link slipsOf} needs it. */
export interface QuestionWord {
  /** The word folded to lower case, unstemmed. */
  word: string;
  /** Its index term (stem). */
  term: string;
  /** Whether it was typed as a name (capitalised, or joined to one). */
  capitalised: boolean;
  /** Whether the corpus writes a term as a name (capitalised mid-sentence): "John", not "job". */
  writtenAsName?: (term: string) => boolean;
}

/**
 * The word with its first two letters swapped ("ahmas" → hamas): the one swap Vocabulary.near cannot see, as it
 * reads only the terms that share the word's first letter.
 */
function firstLettersSwapped(term: string): string {
  return term.length > 1 ? term[1]! + term[0]! + term.slice(2) : term;
}

/**
 * Known terms a word the corpus never uses was probably meant to be, with their weights: one slip away, or two
 * for a word of `twoSlipsFrom` letters or more; only terms `fits` accepts (a name for a name).
 */
function corrections(
  term: string,
  vocabulary: Vocabulary,
  dictionaryWord: boolean,
  minLength = 4,
  twoSlipsFrom = 7,
  fits: (term: string) => boolean = () => true,
): [string, number][] {
  // A number is no slip of another: 2019 is not 2013.
  if (term.length < minLength || /\d/.test(term)) return [];
  const scale = dictionaryWord ? 0.5 : 1;
  const swapped = firstLettersSwapped(term);
  const found: [string, number][] =
    swapped !== term && vocabulary.has(swapped) && fits(swapped) ? [[swapped, TYPO_WEIGHT * scale]] : [];
  // Only the closest spellings (near sorts by distance): a word one slip from a known term means that term, not
  // one two slips away ("deeadly" is deadly, not deeply or dearly).
  let closest = found.length > 0 ? 1 : undefined;
  for (const { term: t, distance } of vocabulary.near(term, term.length >= twoSlipsFrom ? 2 : 1)) {
    if (found.length === MAX_CORRECTIONS || distance > (closest ?? distance)) break;
    if (!fits(t)) continue;
    closest = distance;
    found.push([t, (distance === 1 ? TYPO_WEIGHT : TYPO_WEIGHT - 0.2) * scale]);
  }
  return found;
}

/**
 * The corpus terms a question word may be a typing slip on, with their weights (below 1: the word may be meant).
 * Empty for a word the corpus uses, unless it is a rare word that looks like a slip on a far commoner name.
 *
 * @example slipsOf({ word: 'khsmenei', term: 'khsmenei', capitalised: false }, vocabulary) // [['khamenei', 0.8]]
 */
export function slipsOf(question: QuestionWord, vocabulary: Vocabulary): [string, number][] {
  const { word, term, capitalised, writtenAsName } = question;
  const entry = lookUp(word);
  // A capitalised word is a name: its slip is another name the corpus writes ("Jon" → John, not job or join).
  const nameSlips = (): [string, number][] =>
    corrections(term, vocabulary, false, 3, NAME_TWO_SLIPS_FROM, (t) => writtenAsName?.(t) ?? true);
  if (vocabulary.has(term)) {
    // A word no dictionary knows that the corpus seldom uses may be a slip on a far commoner one: "regan" is a
    // Treasury secretary once but Reagan in many speeches, "maime" stems to the "maim" of one passage but means
    // Maine. The commoner word stands in, well below the word itself.
    if (entry.known || vocabulary.frequency(term) > RARE_PASSAGES) return [];
    return nameSlips()
      .filter(([t]) => vocabulary.frequency(t) >= COMMONER * vocabulary.frequency(term))
      .map(([t, weight]) => [t, weight * RARE_SLIP_SCALE]);
  }
  // A name WordNet knows ("FDR") is that name, not a slip on another the corpus writes (FDA): its other names
  // stand in for it (see expand).
  const found = capitalised ? (entry.proper ? [] : nameSlips()) : corrections(term, vocabulary, entry.known);
  // A slip on a dictionary word the corpus uses is that word, whatever stem the slip itself has: "stirkes" is
  // strikes, though its stem "stirk" is one letter from "stir". Slips keep the first letter ("alocate" is no
  // "locate"), as Vocabulary.near assumes.
  const inCorpus = (w: string): boolean => vocabulary.has(termOf(w) ?? '');
  const plainSlip = !capitalised && !entry.known ? spellingOf(word, inCorpus) : undefined;
  if (plainSlip !== undefined && plainSlip[0] === word[0] && inCorpus(plainSlip))
    found.unshift([termOf(plainSlip)!, TYPO_WEIGHT]);
  // So is a word typed in lower case that is no slip of a dictionary word either ("woodrow wiksen" → Wilson).
  if (found.length === 0 && !entry.known && spellingOf(word) === undefined) return nameSlips();
  return found;
}

/** Function words and fillers long enough to be recognised misspelt ("whcih", "aboout", "hapepned"). */
const FRAME_WORDS = [...STOP_WORDS, ...QUERY_FILLERS].filter((w) => w.length >= 4 && /^[a-z]+$/.test(w));

/** Whether two words are one typing slip apart: a letter dropped, added, swapped with the next or mistyped. */
function oneSlipApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  if (a.length === b.length) {
    const swapped = a[k] === b[k + 1] && a[k + 1] === b[k] && a.slice(k + 2) === b.slice(k + 2);
    return swapped || a.slice(k + 1) === b.slice(k + 1);
  }
  return a.length > b.length ? a.slice(k + 1) === b.slice(k) : a.slice(k) === b.slice(k + 1);
}

/**
 * Whether a word neither the corpus nor WordNet knows is a slip on a function word or a filler ("whcih",
 * "abotu"): read as that word, it is no content of the question, not an unknown name every answer must hold.
 */
export function isFrameWordSlip(word: string, vocabulary: Vocabulary): boolean {
  if (word.length < 4 || vocabulary.has(termOf(word) ?? '') || lookUp(word).known) return false;
  return FRAME_WORDS.some((frame) => oneSlipApart(word, frame));
}
