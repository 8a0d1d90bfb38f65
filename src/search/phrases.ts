import { termOf, type Token } from './analyze.ts';
import { MAX_SYNONYMS, type Concept } from './concept.ts';
import { STOP_WORDS } from './stop-words.ts';
import type { Vocabulary } from './vocabulary.ts';
import { BASE_WEIGHT, PHRASE_WEIGHT, RELATED_FORM_WEIGHT, SYNONYM_WEIGHT } from './weights.ts';
import { lookUp, lookUpPhrase } from './wordnet.ts';
import { spellingOf } from './wordnet-spelling.ts';

// A question word read with its neighbour: written together or apart ("arch enemy"), or one phrase ("make up for").

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
