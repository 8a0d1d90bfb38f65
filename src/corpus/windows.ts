import { sentenceSpans } from './sentences.ts';

/** Paragraphs longer than this many words are split into windows. */
export const MAX_PARAGRAPH_WORDS = 200;
/** A window is closed once it reaches this many words (and never grows past MAX_PARAGRAPH_WORDS). */
const TARGET_WINDOW_WORDS = 150;

/**
 * Splits text into sentences with the project's one splitter ({@link sentenceSpans}), so "Mr. Smithson" or
 * "U.S. Congress" never cut a window (and a quoted answer) in two.
 */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => text.slice(span.start, span.end).trim());
}

/** Whether a UTF-16 code unit is white space in the sense of the regular expression `\s`. */
function isSpace(code: number): boolean {
  return code <= 0x20
    ? code === 0x20 || (code >= 0x09 && code <= 0x0d)
    : code === 0xa0 ||
        code === 0x1680 ||
        (code >= 0x2000 && code <= 0x200a) ||
        code === 0x2028 ||
        code === 0x2029 ||
        code === 0x202f ||
        code === 0x205f ||
        code === 0x3000 ||
        code === 0xfeff;
}

/**
 * Number of runs of non-space characters. A loop, not `matchAll(/\S+/g)`: at 100k passages that allocated ~1.5 s of
 * match objects.
 *
 * @example wordCount(' One two\tthree ') // 3
 */
export function wordCount(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) count++;
    inWord = !space;
  }
  return count;
}

/** Cuts a run-on "sentence" with no punctuation into pieces of at most `max` words. */
function chopByWords(sentence: string, max: number): string[] {
  if (wordCount(sentence) <= max) return [sentence];
  const words = sentence.split(' ');
  const pieces: string[] = [];
  for (let i = 0; i < words.length; i += max) pieces.push(words.slice(i, i + max).join(' '));
  return pieces;
}

/**
 * Splits a long paragraph into windows of roughly 100–200 words on sentence boundaries, each window starting with
 * the last sentence of the previous one so an answer that straddles the cut is still quotable whole.
 * Paragraphs of at most MAX_PARAGRAPH_WORDS words come back unchanged as a single window.
 */
export function splitIntoWindows(paragraph: string): string[] {
  if (wordCount(paragraph) <= MAX_PARAGRAPH_WORDS) return [paragraph];
  const sentences = splitSentences(paragraph).flatMap((s) => chopByWords(s, MAX_PARAGRAPH_WORDS / 2));
  const lengths = sentences.map(wordCount);
  const windows: string[] = [];
  let start = 0;
  while (start < sentences.length) {
    let end = start;
    let words = 0;
    while (end < sentences.length) {
      const next = lengths[end] ?? 0;
      if (words > 0 && (words >= TARGET_WINDOW_WORDS || words + next > MAX_PARAGRAPH_WORDS)) break;
      words += next;
      end++;
    }
    windows.push(sentences.slice(start, end).join(' '));
    if (end >= sentences.length) break;
    // Overlap by one sentence, but always move forward.
    start = end - 1 > start ? end - 1 : end;
  }
  return windows;
}
