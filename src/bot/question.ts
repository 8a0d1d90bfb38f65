/**
 * Invisible formatting characters (zero-width space and joiners, word joiner, byte-order mark, bidi marks):
 * pasted text carries them, and inside a word they stop it matching.
 */
const INVISIBLE = /\p{Cf}/gu;

/**
 * A question as typed in Discord, ready to search: invisible characters removed and whitespace collapsed.
 *
 * @example
 * cleanQuestion('  who sanc\u200btioned   Fadavi? ') // 'who sanctioned Fadavi?'
 */
export function cleanQuestion(text: string): string {
  return text.replace(INVISIBLE, '').replace(/\s+/g, ' ').trim();
}
