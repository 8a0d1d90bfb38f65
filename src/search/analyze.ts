import { stemmer } from 'stemmer';
import { QUERY_FILLERS, STOP_WORDS } from './stop-words.ts';
import { lookUp } from './wordnet.ts';

/** A word of a text with where it sits, so excerpts can bold the original characters. */
export interface Token {
  /** Offset of the word's first character in the original text. */
  start: number;
  /** Offset just past the word's last character. */
  end: number;
  /** Folded form (lower case, no diacritics, straight apostrophes, no possessive `'s`). */
  folded: string;
  /** Index term (stem), or `null` for a stop word. */
  term: string | null;
}

// Words are letters/digits joined by inner apostrophes; numbers keep their thousands separators and decimals so
// "1,200" is one token. Hyphens split ("anti-regime" → anti, regime) because people type either form. A number
// with an ordinal or plural ending is that number ("15th", "2d", "1990s" → 15, 2, 1990); with other letters it is
// a word of its own ("4K" is no 4 and no K).
const WORD =
  /\p{N}+(?:[.,]\p{N}+)*(?:st|nd|rd|th|d|s)?(?![\p{L}\p{N}])|[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/giu;
const NUMBER_ENDING = /(?<=\d)(?:st|nd|rd|th|d|s)$/;
const NON_ASCII = /[^ -~]/; // anything but printable ASCII (words never hold control characters)
const MARKS = /\p{M}+/gu;
const POSSESSIVE = /'s?$/;
const DIGIT_SEPARATOR = /(?<=\d)[,](?=\d)/g;

/**
 * Folds a word for matching: lower case, diacritics stripped (é → e), curly apostrophes straightened,
 * possessive `'s` and thousands separators removed.
 *
 * @example foldWord('Iran’s') // 'iran'
 */
export function foldWord(word: string): string {
  let folded = word.toLowerCase();
  if (NON_ASCII.test(folded)) folded = folded.normalize('NFKD').replace(MARKS, '').replace(/’/g, "'");
  return folded.replace(POSSESSIVE, '').replace(DIGIT_SEPARATOR, '').replace(NUMBER_ENDING, '');
}

// Stemming dominates analysis time on big corpora, and vocabularies are small: memoise word → term.
const termCache = new Map<string, string | null>();
const rawTermCache = new Map<string, string | null>();
const rawWordCache = new Map<string, { folded: string; term: string | null }>();
const TERM_CACHE_LIMIT = 500_000;

/** Plurals that stemming leaves apart from their singular ("children" is not "child" to Porter). */
const IRREGULAR_PLURALS = new Map(
  'children:child women:woman men:man feet:foot teeth:tooth mice:mouse geese:goose wives:wife knives:knife wolves:wolf'
    .split(' ')
    .map((pair) => pair.split(':') as [string, string]),
);

/**
 * The singular of an irregular plural, else the word: "children" → "child", and the "-men" compounds that fill
 * older texts ("congressmen", "servicemen") → "-man", when WordNet knows that singular ("specimen" stays).
 */
function singular(folded: string): string {
  const known = IRREGULAR_PLURALS.get(folded);
  if (known !== undefined) return known;
  if (folded.length >= 6 && folded.endsWith('men')) {
    const man = `${folded.slice(0, -3)}man`;
    if (lookUp(man).known) return man;
  }
  return folded;
}

/**
 * The index term of a folded word: its Porter stem, or `null` for a stop word or an empty string.
 *
 * @example termOf('kidnapping') // 'kidnap'
 */
export function termOf(folded: string): string | null {
  let term = termCache.get(folded);
  if (term !== undefined) return term;
  term = folded.length === 0 || STOP_WORDS.has(folded) ? null : stemmer(singular(folded));
  if (termCache.size >= TERM_CACHE_LIMIT) termCache.clear();
  termCache.set(folded, term);
  return term;
}

/**
 * Splits a text into words with their offsets, folded forms and index terms.
 *
 * @example tokenize('Iran’s drones')[0] // { start: 0, end: 6, folded: 'iran', term: 'iran' }
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(WORD)) {
    // Re-ranking reads every candidate passage: look the raw word up before folding and stemming it.
    let word = rawWordCache.get(match[0]);
    if (word === undefined) {
      const folded = foldWord(match[0]);
      word = { folded, term: termOf(folded) };
      if (rawWordCache.size >= TERM_CACHE_LIMIT) rawWordCache.clear();
      rawWordCache.set(match[0], word);
    }
    tokens.push({
      start: match.index,
      end: match.index + match[0].length,
      folded: word.folded,
      term: word.term,
    });
  }
  return tokens;
}

/**
 * The index terms of a text in order, stop words left out: what the inverted index stores.
 *
 * @example indexTerms('The bombings must be stopped') // ['bomb', 'must', 'stop']
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const match of text.matchAll(WORD)) {
    // Indexing a large corpus is mostly this loop: look the raw word up before folding it.
    let term = rawTermCache.get(match[0]);
    if (term === undefined) {
      term = termOf(foldWord(match[0]));
      if (rawTermCache.size >= TERM_CACHE_LIMIT) rawTermCache.clear();
      rawTermCache.set(match[0], term);
    }
    if (term !== null) terms.push(term);
  }
  return terms;
}

/** Whether a folded query word carries no meaning of its own in a question ("say", "tell me about"). */
export function isQueryFiller(folded: string): boolean {
  return QUERY_FILLERS.has(folded);
}
