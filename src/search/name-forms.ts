import type { Token } from './analyze.ts';
import { NATIONALITY_ENDING, type Concept } from './concept.ts';
import { RELATED_FORM_WEIGHT } from './weights.ts';
import { lookUp } from './wordnet.ts';

// A name read as the question writes it, not as its stem: Harding is not "hard", Maine not "main".

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
