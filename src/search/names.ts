import { termOf, type Token } from './analyze.ts';
import type { Vocabulary } from './vocabulary.ts';

// Names in a question: the capitalised runs that identify its subject ("Saudi Arabia", "Josep Borrell"), and the
// initials the corpus may write them as.

/**
 * Marks capitalised words not opening a sentence (names: "Saudi Arabia", "Josep Borrell") with the number of the run of
 * adjacent capitalised words they belong to. A question typed in Title Case or capitals carries no such signal.
 */
export function nameRuns(text: string, tokens: Token[]): (number | undefined)[] {
  // A sentence's first word is capitalised whatever it is ("Hi. Anyway, what did…").
  const startsSentence = (k: number): boolean =>
    k === 0 || /[.!?\n]["'”’)\]]*\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const capital = tokens.map(
    (t, k) => !startsSentence(k) && t.term !== null && /\p{Lu}/u.test(text[t.start] ?? ''),
  );
  if (isTitleCase(text, tokens)) return tokens.map(() => undefined);
  let run = 0;
  return capital.map((isName, k) => {
    if (!isName) return undefined;
    if (k > 0 && !capital[k - 1]) run++;
    return run;
  });
}

/** Words that Title Case leaves in lower case: "What Did Lincoln Say About the State of the Union?". */
const TITLE_CASE_SMALL_WORDS = new Set([
  ...'a an and as at but by for from in into nor'.split(' '),
  ...'of off on onto or per so than the to up via vs with yet'.split(' '),
]);

/**
 * Whether a question is typed in Title Case or capitals, where capitals say nothing about names: every word
 * but the small ones Title Case spares starts with a capital. A lower-case word ("say", "his") shows that the
 * asker capitalises only names, however many there are ("What did Biden say about the Inflation Reduction Act?").
 */
function isTitleCase(text: string, tokens: Token[]): boolean {
  const words = tokens.map((t) => text.slice(t.start, t.end)).filter((w) => /^\p{L}/u.test(w));
  const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
  const lowerCase = words.filter((w) => /^\p{Ll}/u.test(w) && !TITLE_CASE_SMALL_WORDS.has(w));
  return lowerCase.length === 0 && capitalised > 2;
}

/**
 * The initials of each name of two or more words that the corpus uses as a word of its own: "European Union" is
 * "EU" in the text, "United States" is "US". By name run (see nameRuns) of `text`'s tokens. A run holding an
 * acronym already ("the EU UK and US") is several names, not one to abbreviate.
 */
export function acronymsOf(
  text: string,
  tokens: Token[],
  names: (number | undefined)[],
  vocabulary: Vocabulary,
): Map<number, string> {
  const initials = new Map<number, string>();
  const abbreviated = new Set<number>();
  names.forEach((run, k) => {
    if (run === undefined) return;
    const token = tokens[k]!;
    initials.set(run, (initials.get(run) ?? '') + token.folded[0]);
    if (/^\p{Lu}{2,}$/u.test(text.slice(token.start, token.end))) abbreviated.add(run);
  });
  for (const run of abbreviated) initials.delete(run);
  const acronyms = new Map<number, string>();
  for (const [run, letters] of initials) {
    const term = letters.length >= 2 ? termOf(letters) : null;
    if (term !== null && vocabulary.has(term)) acronyms.set(run, term);
  }
  return acronyms;
}
