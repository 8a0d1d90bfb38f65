import type { QueryPlan } from './query.ts';
import type { Assessment } from './rank.ts';

/**
 * Relevance floor: four rules on the best passage, none tied to a score scale, so they carry to any corpus.
 * 1. Rarity-weighted coverage: it must cover at least MIN_COVERAGE of the question's content, each word weighted
 *    by its rarity (BM25 IDF), a word the corpus never uses counted as the rarest possible, and a word matched only
 *    through a synonym or a typo correction counted at that expansion's weight. Questions about what the corpus
 *    lacks mostly consist of words it never uses ("How do I reset my wifi router?").
 * 2. Enough words: the weights of the words it matches must add up to 40% of the question's words, so one
 *    rare word shared by chance ("a good recipe for lasagna" → "a recipe for quagmire") is not an answer.
 * 3. Names: a near miss shares the topic's common words but not its subject ("What did Khamenei say about Saudi
 *    Arabia?"). A run of capitalised words after the first word is a name; it must be matched in the passage unless
 *    the corpus uses it so widely (≥ TOPIC_SPREAD of passages) that paragraphs leave it implicit. Within a name, a
 *    word WordNet does not know (Mona, Khamenei) must itself be matched; a title it knows (Ayatollah) need not be.
 * 4. Focus: what a question says it is about ("What did Hezbollah say about the ceasefire?") must be at least
 *    half matched (rarity-weighted): a passage on the speaker alone does not answer it.
 */
const MIN_COVERAGE = 0.28;
const MIN_MATCHED_SHARE = 0.4;
const TOPIC_SPREAD = 0.05;
const MIN_FOCUS_SHARE = 0.5;

/** Rule 3: every name of the question is in the passage, or common enough in the corpus to be implicit. */
function namesFound(plan: QueryPlan, best: Assessment): boolean {
  const runs = new Map<number, { matched: boolean; missingRareName: boolean }>();
  plan.concepts.forEach((c, i) => {
    if (c.name === undefined) return;
    const run = runs.get(c.name) ?? { matched: false, missingRareName: false };
    const hit = (best.matched[i] ?? 0) > 0 || c.spread >= TOPIC_SPREAD;
    run.matched ||= hit;
    run.missingRareName ||= !hit && !c.dictionaryWord;
    runs.set(c.name, run);
  });
  return [...runs.values()].every((run) => run.matched && !run.missingRareName);
}

/** Rule 4: the subject after "about" is at least half matched, by rarity; true when the question names none. */
function focusFound(plan: QueryPlan, best: Assessment): boolean {
  let focus = 0;
  let matched = 0;
  plan.concepts.forEach((c, i) => {
    if (!c.focus) return;
    focus += c.idf;
    matched += c.idf * (best.matched[i] ?? 0);
  });
  return focus === 0 || matched >= MIN_FOCUS_SHARE * focus;
}

/** Whether the best passage is good enough to show at all (see the rules above). */
export function answers(plan: QueryPlan, best: Assessment): boolean {
  if (best.coverage < MIN_COVERAGE) return false;
  const matchedWeight = best.matched.reduce((sum, w) => sum + w, 0);
  if (plan.concepts.length > 1 && matchedWeight < MIN_MATCHED_SHARE * plan.concepts.length) return false;
  return namesFound(plan, best) && focusFound(plan, best);
}
