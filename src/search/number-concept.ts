import type { Token } from './analyze.ts';
import type { Concept } from './concept.ts';
import type { NumberRun } from './numbers.ts';
import type { Vocabulary } from './vocabulary.ts';
import { RELATED_FORM_WEIGHT } from './weights.ts';

// Numbers in a question as concepts: a number written in words, and a two-digit number that may be a year.

/** Weight of the full year a two-digit number may stand for ("lbj 65" → 1965): it may also be just 65. */
const SHORT_YEAR_WEIGHT = 0.8;
/** Words after a two-digit number that make it a count or a measure, not a year ("50 yrs", "65 percent"). */
const COUNTED_AFTER =
  /^(?:years?|yrs?|months?|days?|weeks?|hours?|percent|per|cents?|dollars?|times|miles?|tons?)$/;

/** Words that scale the count before them ("thirteen million"). */
const SCALE_WORDS = new Map([
  ['thousand', 1e3],
  ['million', 1e6],
  ['billion', 1e9],
  ['trillion', 1e12],
]);

/**
 * A number written in words as one concept: its digits ("twenty-two thousand" → 22000, as the text may write
 * "22,000") and its words (the text may spell it out too), each word weaker when it is one of several.
 */
export function numberConcept(run: NumberRun, tokens: Token[], vocabulary: Vocabulary): Concept {
  const words = tokens.slice(run.start, run.end).filter((t) => t.term !== null);
  const numeral = String(run.value);
  const terms = new Map<string, number>();
  if (vocabulary.has(numeral)) terms.set(numeral, 1);
  const weight = words.length === 1 ? 1 : RELATED_FORM_WEIGHT;
  for (const { term } of words) if (vocabulary.has(term!) && !terms.has(term!)) terms.set(term!, weight);
  // "thirteen million" is also written "13 million(s)": the digits of the count before the scale word.
  const scale = SCALE_WORDS.get(words.at(-1)?.folded.replace(/s$/, '') ?? '');
  const count = scale && words.length > 1 && run.value % scale === 0 ? String(run.value / scale) : '';
  if (vocabulary.has(count) && !terms.has(count)) terms.set(count, RELATED_FORM_WEIGHT);
  // Rarity as for any word: of the digits when the corpus has them, else blended towards the best stand-in.
  let idf = vocabulary.idf(numeral);
  const [best, bestWeight] = [...terms].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  if (!vocabulary.has(numeral) && bestWeight > 0)
    idf = bestWeight * vocabulary.idf(best) + (1 - bestWeight) * idf;
  return {
    word: words.map((t) => t.folded).join(' '),
    idf,
    terms,
    spread: vocabulary.frequency(numeral) / vocabulary.size,
    dictionaryWord: true,
    proper: false,
  };
}

/**
 * A two-digit number as people write a year in chat ("carter 78", "the iran thing in '87"): it stands for the
 * years of both centuries the corpus uses, below the number itself, unless a unit follows it ("50 yrs").
 */
export function addShortYear(
  concept: Concept,
  token: Token,
  next: Token | undefined,
  text: string,
  vocabulary: Vocabulary,
): void {
  const unit = COUNTED_AFTER.test(next?.folded ?? '') || text[token.end] === '%';
  if (!/^\d\d$/.test(token.folded) || unit) return;
  for (const century of ['19', '20']) {
    const year = century + token.folded;
    if (!vocabulary.has(year)) continue;
    concept.terms.set(year, SHORT_YEAR_WEIGHT);
    concept.shortYear = true;
  }
}
