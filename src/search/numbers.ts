const UNITS = new Map(
  'zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen'
    .split(' ')
    .map((word, value) => [word, value]),
);
const TENS = new Map(
  'twenty thirty forty fifty sixty seventy eighty ninety'.split(' ').map((word, k) => [word, (k + 2) * 10]),
);
const SCALES = new Map([
  ['hundred', 100],
  ['thousand', 1000],
  ['million', 1_000_000],
  ['billion', 1_000_000_000],
]);

/** A number written in words, found in a list of folded words. */
export interface NumberRun {
  /** Index of its first word. */
  start: number;
  /** Index just past its last word. */
  end: number;
  value: number;
}

const isNumberWord = (word: string): boolean => UNITS.has(word) || TENS.has(word) || SCALES.has(word);

/** The value of number words ("twenty two thousand" → 22000), or undefined when they do not make a number. */
function valueOf(words: string[]): number | undefined {
  let total = 0;
  let group = 0;
  for (const word of words) {
    const unit = UNITS.get(word) ?? TENS.get(word);
    const scale = SCALES.get(word);
    if (unit !== undefined) group += unit;
    else if (scale === 100) group = (group || 1) * 100;
    else if (scale !== undefined) {
      total += (group || 1) * scale;
      group = 0;
    } else return undefined;
  }
  return total + group;
}

/**
 * The numbers written in words in a list of folded words, so a question's "twenty-two thousand" can match the
 * text's "22,000" (and "fourteen" the text's "14"). "and" may join the words ("two hundred and fifty").
 *
 * @example numberRuns(['over', 'twenty', 'two', 'thousand', 'arrests']) // [{ start: 1, end: 4, value: 22000 }]
 */
export function numberRuns(words: string[]): NumberRun[] {
  const runs: NumberRun[] = [];
  let k = 0;
  while (k < words.length) {
    if (!isNumberWord(words[k]!)) {
      k++;
      continue;
    }
    let end = k + 1;
    while (end < words.length) {
      if (isNumberWord(words[end]!)) end++;
      else if (words[end] === 'and' && isNumberWord(words[end + 1] ?? '')) end += 2;
      else break;
    }
    const value = valueOf(words.slice(k, end).filter((w) => w !== 'and'));
    if (value !== undefined) runs.push({ start: k, end, value });
    k = end;
  }
  return runs;
}
