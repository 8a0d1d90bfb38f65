import { tokenize, type Token } from './analyze.ts';

/** Share of a word's occurrences a name must follow to stand for it ("Supreme Leader Ali Khamenei"). */
const MIN_SHARE = 0.3;
/** The name must start right after the title ("leader Ali Khamenei"); further on it is just another word. */
const LOOKAHEAD = 1;
const MAX_ALIASES = 3;
/** Share of a word's occurrences (not opening a sentence) that must be capitalised for it to be a name. */
const NAME_SHARE = 0.5;

/** Whether a token starts a sentence (its capital letter then says nothing about it being a name). */
function startsSentence(text: string, token: Token): boolean {
  const before = text.slice(Math.max(0, token.start - 4), token.start).replace(/[\s"'“‘([]+$/u, '');
  return before === '' || /[.!?:]$/.test(before);
}

/** Whether a word is capitalised where a capital says it is a name: not at the start of a sentence. */
function capitalisedMidSentence(text: string, token: Token): boolean {
  return /\p{Lu}/u.test(text[token.start] ?? '') && !startsSentence(text, token);
}

/**
 * The names a corpus writes right after a word, as index terms: in "Iran’s Supreme Leader Ali Khamenei said…"
 * the title "leader" is followed by the name Khamenei. People ask by title ("What did the supreme leader say?")
 * while paragraphs use the name, so a name that follows the word in at least MIN_SHARE of its occurrences
 * stands for it. Learnt from the corpus itself, so it works for any titles and any people.
 *
 * @param term an index term (stem)
 * @param texts passages containing it (a sample is enough)
 * @example namesAfter('leader', passages) // ['ali', 'khamenei']
 */
export function namesAfter(term: string, texts: string[]): string[] {
  const counts = new Map<string, number>();
  let occurrences = 0;
  for (const text of texts) {
    const tokens = tokenize(text);
    tokens.forEach((token, k) => {
      if (token.term !== term) return;
      occurrences++;
      const names = new Set<string>();
      for (let j = k + 1; j < tokens.length && j <= k + LOOKAHEAD + names.size; j++) {
        const next = tokens[j]!;
        if (capitalisedMidSentence(text, next) && next.term !== null && next.term !== term)
          names.add(next.term);
        else if (names.size > 0 && next.term !== null) break;
      }
      for (const name of names) counts.set(name, (counts.get(name) ?? 0) + 1);
    });
  }
  return [...counts]
    .filter(([, count]) => count / Math.max(1, occurrences) >= MIN_SHARE)
    .sort((a, b) => b[1] - a[1])
    .slice(0, MAX_ALIASES)
    .map(([name]) => name);
}

/** Words before a parenthesis searched for the name it renames ("the Zionist regimes (Israel)"). */
const BEFORE_PARENTHESES = 2;

/**
 * The other names a corpus gives a name in parentheses: "the Zionist regimes (Israel)" makes Zionist a name for
 * Israel. The parenthesis must hold the name alone, capitalised, and the other name is the capitalised words
 * just before it.
 *
 * @param term an index term (stem)
 * @param texts passages containing it
 * @example namesInParentheses('israel', ['Shocks against the Zionist regimes (Israel) go on.']) // ['zionist']
 */
export function namesInParentheses(term: string, texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    if (!text.includes('(')) continue;
    const tokens = tokenize(text);
    for (const match of text.matchAll(/\(([^()]*)\)/g)) {
      const [open, close] = [match.index, match.index + match[0].length];
      const inside = tokens.filter((t) => t.start > open && t.end < close);
      if (inside.length !== 1 || inside[0]!.term !== term || !/\p{Lu}/u.test(text[inside[0]!.start] ?? ''))
        continue;
      const first = tokens.findIndex((t) => t.start > open);
      for (const before of tokens.slice(Math.max(0, first - BEFORE_PARENTHESES), first))
        if (before.term !== null && before.term !== term && capitalisedMidSentence(text, before))
          names.add(before.term);
    }
  }
  return [...names].slice(0, MAX_ALIASES);
}

/**
 * Whether a corpus writes a word as a name: capitalised in most of its occurrences that do not open a sentence.
 * A name asked about with a slip ("Jon") is corrected only to such a word (John), never to a common one (job).
 *
 * @param term an index term (stem)
 * @param texts passages containing it (a sample is enough)
 * @example writtenAsName('john', ['Then John Glenn flew.']) // true
 */
export function writtenAsName(term: string, texts: string[]): boolean {
  let [capitalised, occurrences] = [0, 0];
  for (const text of texts) {
    for (const token of tokenize(text)) {
      if (token.term !== term || startsSentence(text, token)) continue;
      occurrences++;
      if (/\p{Lu}/u.test(text[token.start] ?? '')) capitalised++;
    }
  }
  return occurrences > 0 && capitalised / occurrences >= NAME_SHARE;
}
