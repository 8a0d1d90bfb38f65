import { hasOwnWord } from './concept.ts';
import type { QueryPlan } from './query.ts';

// How much of a question a passage, or one of its sentences, covers: each word weighted by its rarity.

/**
 * How much a word of the question's focus that the corpus never uses counts in the focus share: it may be the
 * asker's paraphrase ("the sanctions hurting Iran"), so it weighs less than a word the passages could hold.
 */
const ABSENT_FOCUS_WEIGHT = 0.5;

/** How much a matched word of the message around the question counts, against a word of the question itself. */
const CONTEXT_WEIGHT = 0.5;

/**
 * Rarity-weighted share of concepts matched, given the best weight seen for each concept and the rarity of the
 * question's own words (`totalIdf`). Words from the message around the question (concept.context) count only when
 * matched, so a story told before the question neither makes a passage look irrelevant (its words are missing) nor
 * is required of an answer.
 */
export function shareOf(matched: Float64Array, plan: QueryPlan, totalIdf: number): number {
  let sum = 0;
  let total = totalIdf;
  plan.concepts.forEach((concept, i) => {
    const weight = concept.idf * (matched[i] ?? 0);
    if (!concept.context) sum += weight;
    else {
      sum += CONTEXT_WEIGHT * weight;
      total += CONTEXT_WEIGHT * weight;
    }
  });
  return total > 0 ? sum / total : 0;
}

/** Rarity-weighted share of the question's focus matched (see Assessment.focusShare). */
export function focusShareOf(matched: Float64Array, plan: QueryPlan): number {
  let focus = 0;
  let found = 0;
  plan.concepts.forEach((concept, i) => {
    if (!concept.focus) return;
    const idf = hasOwnWord(concept) ? concept.idf : concept.idf * ABSENT_FOCUS_WEIGHT;
    focus += idf;
    found += idf * (matched[i] ?? 0);
  });
  return focus > 0 ? found / focus : 0;
}
