import type { Span } from '../corpus/sentences.ts';
import { shareOf } from './coverage.ts';
import type { QueryPlan } from './query.ts';

// Which sentence, or run of two or three, of a passage answers: the one that ranks it, and the one shown.

/**
 * Coverage bonus for a sentence that holds the kind of answer asked for, in ranking (sentenceCoverage) and in
 * choosing the excerpt: enough to show a pair of sentences whose first names the person the second calls "she"
 * ("Hadiya Pendleton… she was here, performing…").
 */
const CUE_TIE_BREAK = 0.15;
/**
 * Bonus, when choosing the excerpt only, for a sentence that gives the count asked for (see Assessment.counted): "He
 * reentered that building four times", not the sentence before it that calls him "a 49-year-old veteran".
 */
const COUNT_TIE_BREAK = 0.15;
/** Bonus, when choosing the excerpt only, per pair of the question's words standing close in the sentence. */
const SENTENCE_NEAR_TIE_BREAK = 0.02;
const MAX_NEAR_PAIRS = 3;
/**
 * What a run of one, two or three sentences costs, in coverage: a shorter excerpt reads better. Three are shown
 * only when they cover more (see assessPassage), as a long speech sets a scene in one sentence and answers two
 * later ("Martin Koszta… After remaining here… While at Smyrna he was forcibly seized").
 */
const RUN_COST = [0, 0.1, 0.15];

/** Per concept, the best weight over sentences `from`..`to` (one to three sentences). */
function union(perSentence: Float64Array[], from: number, to: number): Float64Array {
  let best = perSentence[from]!;
  for (let s = from + 1; s <= to; s++) best = best.map((w, c) => Math.max(w, perSentence[s]![c] ?? 0));
  return best;
}

/** What each sentence of a passage holds, by sentence number (see assessPassage). */
export interface SentenceMarks {
  /** The best weight of each concept in the sentence, every stand-in counted: what ranks the passage. */
  ranked: Float64Array[];
  /** The same by true forms only (see standsFor): what picks the sentence shown. */
  shown: Float64Array[];
  /** Whether the sentence holds the kind of answer asked for (a number, a date, a name). */
  cue: boolean[];
  /** Whether it gives the count asked for (see Assessment.counted). */
  counted: boolean[];
  /** How many pairs of the question's own words stand close together in it. */
  near: Float64Array;
}

/** The sentences that answer best (see chooseSentences). */
export interface SentenceChoice {
  /** The run of sentences shown as the excerpt. */
  best: Span;
  /** Coverage of the best run of one or two sentences, with its tie-breaks: what ranks the passage. */
  sentenceCoverage: number;
  /** Whether that run holds the kind of answer asked for. */
  cueMatched: boolean;
}

/**
 * Chooses, among runs of one to three sentences, the one that ranks the passage (one or two sentences: three
 * would favour long windows that spread the words out) and the one shown, which reads the question's true forms
 * close together. Undefined for a passage without sentences.
 */
export function chooseSentences(
  spans: Span[],
  marks: SentenceMarks,
  plan: QueryPlan,
  totalIdf: number,
): SentenceChoice | undefined {
  if (spans.length === 0) return undefined;
  let best = spans[0]!;
  let bestShare = -1;
  let bestChoice = -1;
  let cueMatched = false;
  // A sentence holding the kind of answer asked for wins a tie: it is likelier to be the answer. A pair must add
  // real coverage to beat one sentence (shorter excerpts read better); it holds the answer type when any does.
  const consider = (from: number, to: number): void => {
    const span = { start: spans[from]!.start, end: spans[to]!.end };
    const cueFound = marks.cue.slice(from, to + 1).includes(true);
    const bonus = (cueFound ? CUE_TIE_BREAK : 0) - RUN_COST[to - from]!;
    if (to - from <= 1) {
      const share = shareOf(union(marks.ranked, from, to), plan, totalIdf) + bonus;
      if (share > bestShare) [bestShare, cueMatched] = [share, cueFound];
    }
    // The sentence shown reads the question's words close together: of two sentences covering as much, the one
    // saying "no Americans fighting in Iraq" answers, not the greeting that names Americans, troops and Iraq apart.
    let near = 0;
    for (let s = from; s <= to; s++) near += marks.near[s]!;
    const choice =
      shareOf(union(marks.shown, from, to), plan, totalIdf) +
      bonus +
      (marks.counted.slice(from, to + 1).includes(true) ? COUNT_TIE_BREAK : 0) +
      SENTENCE_NEAR_TIE_BREAK * Math.min(near, MAX_NEAR_PAIRS);
    if (choice > bestChoice) [best, bestChoice] = [span, choice];
  };
  // Three sentences are shown when they cover more; for a question that asks a kind of answer (a sum, a date),
  // only when they hold it: "How much did the Reno couple owe for the hospital?" is answered by "…bills were over
  // $120,000" after the hospital, not by the sentence before it that names Reno too.
  const asksType = plan.cue !== null || plan.asksMoney;
  spans.forEach((_, i) => {
    consider(i, i);
    if (i + 1 < spans.length) consider(i, i + 1);
    if (i + 2 < spans.length && (!asksType || marks.cue.slice(i, i + 3).includes(true))) consider(i, i + 2);
  });
  return { best, sentenceCoverage: Math.max(0, bestShare), cueMatched };
}
