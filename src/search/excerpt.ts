import type { Span } from '../corpus/sentences.ts';
import type { Token } from './analyze.ts';

/**
 * Longest excerpt in characters before bolding: a sentence or two of a speech's long sentences ("…a sum of nearly
 * $13 millions will then be added to our public debt…" runs past 300). A Discord embed field holds 1024.
 */
export const EXCERPT_MAX_CHARS = 450;

/**
 * What a word of the answer type is worth, in matched words, when trimming: "How many observatories…?" is answered
 * by the "130" at the end of a long sentence, which the excerpt must keep over a few more matched words.
 */
const ANSWER_WORTH = 3;
/** What a matched word repeated in the excerpt is worth: it shows nothing new. */
const REPEAT_WORTH = 0.25;
/**
 * What opening mid-sentence costs: "The Revenue Cutter Service has been organized…" reads better than
 * "…Revenue Cutter Service…", so an excerpt starts mid-sentence only to show a word it would otherwise lose.
 */
const MID_START_COST = 0.5;

/**
 * Narrows `span` to at most `maxChars`, keeping as many different matched words (and words of the answer type) as
 * possible, cutting only between words, at a sentence's start when that loses nothing. Of windows that keep as
 * much, the one with the matched words in its middle: the words around them are as likely to hold the answer
 * after them as before.
 */
function fitSpan(
  text: string,
  span: Span,
  tokens: Token[],
  worth: (token: Token) => number,
  sameAs: (token: Token) => string | null,
  { maxChars, sentenceStarts }: { maxChars: number; sentenceStarts: Set<number> },
): Span {
  if (span.end - span.start <= maxChars) return span;
  const inside = tokens.filter((t) => t.start >= span.start && t.end <= span.end);
  // Each word's worth and what it shows, read once: the windows below overlap.
  const values = inside.map(worth);
  const keys = inside.map((token, k) => (values[k]! > 0 ? sameAs(token) : null));
  let best = { start: span.start, end: span.start, matches: -1, offCentre: Infinity };
  let last = 0;
  for (let first = 0; first < inside.length; first++) {
    const from = first === 0 ? span.start : inside[first]!.start;
    if (last < first) last = first;
    while (last + 1 < inside.length && inside[last + 1]!.end - from <= maxChars) last++;
    let matches = first === 0 || sentenceStarts.has(from) ? 0 : -MID_START_COST;
    const seen = new Set<string | null>();
    let [firstShown, lastShown] = [-1, -1];
    for (let k = first; k <= last; k++) {
      const value = values[k]!;
      if (value === 0) continue;
      const key = keys[k] ?? null;
      matches += seen.has(key) ? Math.min(value, REPEAT_WORTH) : value;
      seen.add(key);
      if (firstShown < 0) firstShown = k;
      lastShown = k;
    }
    const end = inside[last]!.end;
    const offCentre =
      firstShown < 0 ? 0 : Math.abs(inside[firstShown]!.start - from - (end - inside[lastShown]!.end));
    if (matches > best.matches || (matches === best.matches && offCentre < best.offCentre))
      best = { start: from, end, matches, offCentre };
  }
  // Keep closing punctuation that directly follows the last word.
  const tail = /^[^\s\p{L}\p{N}]*/u.exec(text.slice(best.end, span.end))?.[0] ?? '';
  return { start: best.start, end: Math.min(best.end + tail.length, best.start + maxChars) };
}

/** How {@link renderExcerpt} trims. */
export interface ExcerptOptions {
  /** Whether a word may be the answer itself (a number for "how many"). */
  isAnswer?: (token: Token) => boolean;
  /** Longest excerpt, in characters before bolding. */
  maxChars?: number;
  /** Where the passage's sentences start: trimming prefers to open the excerpt at one. */
  sentenceStarts?: Set<number>;
  /** How much a matched word counts when trimming, up to 1: a synonym less than the question's own word. */
  matchWorth?: (token: Token) => number;
  /** What a matched word shows of the question: two words showing the same (its word and a synonym) count once. */
  sameAs?: (token: Token) => string | null;
}

/**
 * Renders part of a passage as an excerpt: at most `maxChars` characters of text, never cut inside a word,
 * `…` where it was trimmed, and every matched word wrapped in `**bold**`. `isAnswer` marks the words that may be
 * the answer itself (a number for "how many"): trimming keeps them first.
 *
 * @example renderExcerpt('They are all armed.', { start: 0, end: 19 }, tokenize(text), (t) => t.term === 'arm')
 *   // 'They are all **armed**.'
 */
export function renderExcerpt(
  text: string,
  span: Span,
  tokens: Token[],
  isMatch: (token: Token) => boolean,
  {
    isAnswer = () => false,
    maxChars = EXCERPT_MAX_CHARS,
    sentenceStarts = new Set(),
    matchWorth = () => 1,
    sameAs = (token) => token.term,
  }: ExcerptOptions = {},
): string {
  const worth = (token: Token): number =>
    isMatch(token) ? matchWorth(token) : isAnswer(token) ? ANSWER_WORTH : 0;
  const fitted = fitSpan(text, span, tokens, worth, sameAs, { maxChars, sentenceStarts });
  let out = fitted.start > span.start ? '…' : '';
  let at = fitted.start;
  for (const token of tokens) {
    if (token.start < fitted.start || token.end > fitted.end || !isMatch(token)) continue;
    out += `${text.slice(at, token.start)}**${text.slice(token.start, token.end)}**`;
    at = token.end;
  }
  out += text.slice(at, fitted.end);
  return fitted.end < span.end ? `${out.trimEnd()}…` : out;
}
