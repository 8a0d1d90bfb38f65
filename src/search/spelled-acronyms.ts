import type { Token } from './analyze.ts';
import { BASE_WEIGHT } from './weights.ts';
import type { QueryPlan } from './query.ts';
import { CUE, type Reading } from './reading.ts';

// Acronyms of the question a passage spells out in capitalised words ("Ku Klux Klan" for KKK).

/** How much a run of capitalised words spelling out part of an acronym counts for it ("Revolutionary Guards"). */
const ACRONYM_PART_WEIGHT = 0.5;

/** Marks in each of `marks` the acronyms of the question that the initials of a run of capitalised words spell. */
function markAcronym(initials: string, plan: QueryPlan, marks: Float64Array[]): void {
  if (initials.length < 2) return;
  plan.concepts.forEach((concept, i) => {
    if (concept.acronym === undefined || !concept.acronym.includes(initials)) return;
    const weight = initials === concept.acronym ? BASE_WEIGHT : ACRONYM_PART_WEIGHT;
    for (const into of marks) into[i] = Math.max(into[i] ?? 0, weight);
  });
}

/**
 * Marks the acronyms of the question that a passage spells out, in each of `into` (per sentence, then whole): a
 * run of capitalised words whose initials are the acronym ("Ku Klux Klan" for KKK) or two or more of its letters
 * in a row ("Iran's elite Revolutionary Guards" for the IRGC, whose Islamic and Corps the text leaves out).
 */
export function markSpelledAcronyms(
  reading: Reading,
  plan: QueryPlan,
  into: (s: number) => Float64Array[],
): void {
  let [initials, sentence] = ['', 0];
  const flush = (): void => {
    markAcronym(initials, plan, into(sentence));
    initials = '';
  };
  reading.terms.forEach((term, t) => {
    if (term === null || (reading.cues[t]! & CUE.name) === 0) return flush();
    if (initials === '') sentence = reading.sentence[t]!;
    initials += reading.folded[t]![0];
  });
  flush();
}

/**
 * The same in the names of the passage before (see assessPassage), a run being names written side by side: "…of
 * Iran's elite Revolutionary Guards" before "“Another shockwave is on the way,” he said" stands for the IRGC.
 */
export function markAcronymsSpelledIn(names: Token[], plan: QueryPlan, marks: Float64Array): void {
  let [initials, lastEnd] = ['', -Infinity];
  for (const name of names) {
    if (name.start - lastEnd > 1) {
      markAcronym(initials, plan, [marks]);
      initials = '';
    }
    initials += name.folded[0];
    lastEnd = name.end;
  }
  markAcronym(initials, plan, [marks]);
}
