import { editDistance } from './edit-distance.ts';
import { remember } from './memo.ts';
import { indexFileOf, irregularBaseOf, POS, prefixKey, senseCount } from './wordnet-files.ts';
import { lookUp } from './wordnet.ts';

// A word WordNet does not know, read as the dictionary word it misspells.

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/** Inflections' endings, taken off a word before looking for the dictionary form it misspells. */
const INFLECTIONS = ['s', 'es', 'd', 'ed', 'ing'];

/**
 * The dictionary word one typing slip away from a word WordNet does not know (ayatolah → ayatollah): a letter
 * dropped, doubled, swapped or mistyped; or two slips away for a long word none is one slip from ("artical" →
 * article). A slip in an inflected word is a slip in its dictionary form ("stetlers" → settler, "klled" → kill).
 * Of several, one the corpus uses (`inCorpus`) first, then the word as typed before its dictionary forms, then
 * the one with the most senses (the commonest word).
 *
 * @example spellingOf('ayatolah') // 'ayatollah'
 */
export function spellingOf(
  word: string,
  inCorpus: (word: string) => boolean = () => false,
): string | undefined {
  if (word.length < 5 || !/^[a-z]+$/.test(word) || lookUp(word).known) return undefined;
  const candidates = remember(spellings, word, () => {
    const stems = INFLECTIONS.filter((e) => word.endsWith(e)).map((e) => word.slice(0, -e.length));
    const oneSlip = [word, ...stems].flatMap(closestSpellings);
    if (oneSlip.length > 0) return oneSlip;
    return [word, ...stems].flatMap(twoSlipSpellings);
  });
  return candidates.find(inCorpus) ?? candidates[0];
}

/** Remembered candidates of {@link spellingOf}, best first: the same slips come back question after question. */
const spellings = new Map<string, string[]>();

/**
 * The dictionary words one typing slip away from `word`, the one with the most senses first; an irregular form
 * ("childern" → children) only when no dictionary word as written is that close ("regan" is regain, not began).
 */
function closestSpellings(word: string): string[] {
  const candidates = new Set<string>();
  for (let k = 0; k <= word.length; k++) {
    const [head, tail] = [word.slice(0, k), word.slice(k)];
    if (tail) candidates.add(head + tail.slice(1));
    if (tail.length > 1) candidates.add(head + tail[1] + tail[0] + tail.slice(2));
    for (const letter of LETTERS) {
      candidates.add(head + letter + tail);
      if (tail) candidates.add(head + letter + tail.slice(1));
    }
  }
  candidates.delete(word);
  const bySenses = (words: string[]): string[] =>
    words
      .map((candidate) => ({ candidate, senses: senseCount(candidate) }))
      .filter(({ senses }) => senses > 0)
      .sort((a, b) => b.senses - a.senses)
      .map(({ candidate }) => candidate);
  const spelt = bySenses([...candidates]);
  if (spelt.length > 0) return spelt;
  return [...candidates].filter((candidate) => irregularBaseOf(candidate) !== undefined);
}

/** Length from which a word may be two typing slips from the dictionary word it misspells ("artical"). */
const TWO_SLIPS_FROM = 7;

/**
 * The dictionary words two typing slips from a long word ("artical" → article, "protesttor" → protester), among
 * those that share its first three letters (one index group, read in memory), the one with the most senses first.
 */
function twoSlipSpellings(word: string): string[] {
  if (word.length < TWO_SLIPS_FROM) return [];
  const found = new Map<string, number>();
  const group = Buffer.from(word.slice(0, 3), 'latin1');
  for (const pos of POS) {
    const { buffer, ranges } = indexFileOf(pos);
    const [from, to] = ranges.get(prefixKey(group, 0, 3)) ?? [0, 0];
    for (let start = from; start < to;) {
      const newline = buffer.indexOf(10, start);
      const end = newline < 0 || newline > to ? to : newline;
      const line = buffer.toString('latin1', start, end);
      start = end + 1;
      const fields = line.split(' ', 3);
      const lemma = fields[0]!;
      if (Math.abs(lemma.length - word.length) > 2 || !/^[a-z]+$/.test(lemma)) continue;
      if (editDistance(lemma, word, 2) <= 2) found.set(lemma, (found.get(lemma) ?? 0) + Number(fields[2]));
    }
  }
  return [...found].sort((a, b) => b[1] - a[1]).map(([lemma]) => lemma);
}
