/** A range of a text, `end` exclusive. */
export interface Span {
  start: number;
  end: number;
}

// A sentence ends at . ! ? or … (plus closing quotes/brackets) followed by white space and something that can open
// a sentence. Abbreviations and initials ("Mr. Smithson", "U.S. Congress", "J. Doe") do not end one.
const BOUNDARY = /[.!?…]+["'”’)\]]*\s+(?=["'“‘([]?[\p{Lu}\p{N}])/gu;
const ABBREVIATION =
  /(?:^|[\s(.])(?:mr|mrs|ms|messrs|dr|prof|hon|rev|st|jr|sr|gen|gov|sen|rep|col|lt|lieut|maj|capt|no|vs|etc|inc|co|corp|\p{L})\.$/iu;

/**
 * Splits a text into sentence spans (trailing white space excluded). The one sentence splitter of the project:
 * corpus windows and search excerpts must agree on where sentences end.
 *
 * @example sentenceSpans('One. Two!') // [{ start: 0, end: 4 }, { start: 5, end: 9 }]
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of text.matchAll(BOUNDARY)) {
    const stop = match.index + match[0].trimEnd().length;
    if (ABBREVIATION.test(text.slice(Math.max(start, match.index - 6), match.index + 1))) continue;
    spans.push({ start, end: stop });
    start = match.index + match[0].length;
  }
  if (start < text.length) spans.push({ start, end: text.trimEnd().length });
  return spans.filter((span) => span.end > span.start);
}
