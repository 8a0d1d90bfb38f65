import { termOf } from './analyze.ts';
import type { Concept } from './concept.ts';
import type { Vocabulary } from './vocabulary.ts';
import { SYNONYM_WEIGHT } from './weights.ts';
import { canBeVerb, lookUp, narrowerKindsOf } from './wordnet.ts';
import { senseCount } from './wordnet-files.ts';

// Stand-ins the question's form asks for: the kinds of the thing "which X?" asks about, and a superlative's
// synonyms' superlatives ("the tallest…", "the biggest…").

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

/** Forms of "be", after which a superlative is still an adjective ("which state is largest"). */
const BE = new Set(['is', 'are', 'was', 'were', 'be', 'been']);

/**
 * Whether a superlative follows a verb it qualifies ("hit hardest", "grew fastest"): it says how, and asks for no
 * one thing that stands out, so the passage need not say it ("affected particularly").
 *
 * @example followsVerb('hit') // true
 */
export function followsVerb(before: string | undefined): boolean {
  return before !== undefined && !BE.has(before) && canBeVerb(before);
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
