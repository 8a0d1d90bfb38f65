/** One question of a retrieval set: any of `gold` found in a result's text counts as answered. */
export interface GoldQuestion {
  q: string;
  gold: string[];
}

/** A retrieval set in the shared/eval format. `corpus` (optional, ours) is the folder it is asked against. */
export interface QuestionSet {
  corpus?: string;
  questions: GoldQuestion[];
  negatives: string[];
  near_negatives?: string[];
}

/** The part of an `ask --json` result the scoring reads. */
export interface ScoredResult {
  text?: string;
  excerpt?: string;
}

/** The figures shared/eval/score.mjs prints, plus the misses by name. */
export interface Figures {
  hit1: number;
  hit3: number;
  mrr: number;
  excerptHasAnswer: number;
  negativesRefused: number;
  negatives: number;
  nearRefused: number;
  near: number;
  misses: string[];
}

/** Folds text the way score.mjs does: straight quotes, markdown emphasis dropped, collapsed white space, lower case. */
export function normalise(text: string): string {
  return String(text)
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\*\*|__|~~|`/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
}

const contains = (text: string | undefined, gold: string[]): boolean =>
  gold.some((g) => normalise(text ?? '').includes(normalise(g)));

/**
 * Scores answers (one result list per query, in the order questions, negatives, near negatives) exactly like
 * shared/eval/score.mjs.
 */
export function score(set: QuestionSet, answers: ScoredResult[][]): Figures {
  const near = set.near_negatives ?? [];
  let hit1 = 0;
  let hit3 = 0;
  let mrr = 0;
  let excerpt = 0;
  const misses: string[] = [];
  set.questions.forEach((q, i) => {
    const results = answers[i] ?? [];
    const rank = results.findIndex((r) => contains(r.text, q.gold));
    if (rank === 0) {
      hit1++;
      if (contains(results[0]!.excerpt, q.gold)) excerpt++;
      else misses.push(`excerpt lacks answer: ${q.q} → ${results[0]!.excerpt}`);
    }
    if (rank >= 0 && rank < 3) hit3++;
    if (rank >= 0) mrr += 1 / (rank + 1);
    if (rank !== 0) misses.push(`${rank < 0 ? 'miss' : `@${rank + 1}`}: ${q.q}`);
  });
  const refused = (queries: string[], from: number, label: string): number =>
    queries.filter((q, i) => {
      const empty = (answers[from + i] ?? []).length === 0;
      if (!empty) misses.push(`${label} answered: ${q} → ${answers[from + i]![0]?.excerpt ?? ''}`);
      return empty;
    }).length;
  const n = set.questions.length || 1;
  return {
    hit1: hit1 / n,
    hit3: hit3 / n,
    mrr: mrr / n,
    excerptHasAnswer: hit1 ? excerpt / hit1 : 0,
    negativesRefused: refused(set.negatives, set.questions.length, 'negative'),
    negatives: set.negatives.length,
    nearRefused: refused(near, set.questions.length + set.negatives.length, 'near-miss'),
    near: near.length,
    misses,
  };
}
