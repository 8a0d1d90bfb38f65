import { readFileSync } from 'node:fs';
import path from 'node:path';
import { remember } from './memo.ts';
import {
  dict,
  findIndexLine,
  indexFileOf,
  lemmasOf,
  POS,
  type Pos,
  pointers,
  readSynset,
  sensesIn,
  synsetWords,
  wordsAt,
} from './wordnet-files.ts';

// What WordNet says about a word: its synonyms, related words, kinds and titles, and what part of speech it can be.

/** Senses looked at per part of speech: WordNet lists them most frequent first, and rare senses mislead. */
const SENSES: Record<Pos, number> = { noun: 2, verb: 2, adj: 2, adv: 1 };
/** Senses looked at for a two-word phrase. */
const PHRASE_SENSES = 4;

/** Part pointers, both ways (Syria ↔ Damascus). Member pointers (Israel ↔ Israeli) were tried: they hurt. */
const PART_SYMBOLS = new Set(['%p', '#p']);
/** The part pointer to the whole a place is part of (Tehran → Iran). */
const WHOLE_SYMBOLS = new Set(['#p']);
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
/** The offset of WordNet's synset "national capital", of which Tehran and Damascus are instances ("@i"). */
const NATIONAL_CAPITAL = '08709407';

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
  /**
   * The country whose government sits in it, when its commonest noun sense is a national capital: the news writes
   * "Tehran says" for Iran's government.
   */
  seatOf: string[];
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
 * @example lookUp('revenge') // { known: true, proper: false, person: false, place: false, seatOf: [], bases: [], synonyms: ['retaliation', 'avenge', 'retaliate'], parts: [], related: [...] }
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
  const seatOf: string[] = [];
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
      if (synset.includes(` @i ${NATIONAL_CAPITAL} `))
        seatOf.push(...pointers(synset, WHOLE_SYMBOLS).flatMap(wordsAt));
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
    // A verb or its inflection is no name typed in lower case, whatever names WordNet knows it as: "begin"
    // (Menachem Begin), "marches" (the Marches of Italy).
    proper: proper && !lemmas.some((l) => l.pos === 'verb'),
    person,
    place,
    seatOf,
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
      if (POS.some((pos) => findIndexLine(indexFileOf(pos), phrase) !== undefined)) return lookUp(phrase);
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

/**
 * Whether the word is a verb's past, participle or -ing form (killed, sent, digging): an event, where "attack" or
 * "protests" may be things.
 */
export function isVerbInflection(word: string): boolean {
  return !word.endsWith('s') && lookUp(word).bases.some(canBeVerb);
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
  if (!lookUp(word).person) return [];
  const titles = new Set(nounKinds(word, BROADER, true).map(headNoun));
  titles.delete(word);
  return [...titles];
}

/** Pointers to a noun's narrower kinds (its hyponyms). */
const NARROWER = new Set(['~']);

/**
 * The kinds one or two steps narrower than a noun's commonest sense: monarch → king, emperor, czar; bird →
 * ostrich. "Which monarch…?" is answered by a passage that names one ("the King of Denmark").
 *
 * @example narrowerKindsOf('monarch') // ['czar', 'tsar', 'tzar', 'emperor', 'king', …]
 */
export function narrowerKindsOf(word: string): string[] {
  return remember(narrowerKindLists, word, () => {
    const kinds = new Set(nounKinds(word, NARROWER, false));
    kinds.delete(word);
    return [...kinds];
  });
}

/** Word → its narrower kinds (see narrowerKindsOf): the same "which" words come back question after question. */
const narrowerKindLists = new Map<string, string[]>();

/**
 * The words of the synsets one and two steps from a noun's commonest sense along `symbols` (broader or narrower
 * kinds), with multi-word lemmas when `keepPhrases` (religious_leader).
 */
function nounKinds(word: string, symbols: ReadonlySet<string>, keepPhrases: boolean): string[] {
  const noun = /^[a-z]+$/.test(word) ? lemmasOf(word).find((l) => l.pos === 'noun') : undefined;
  if (noun === undefined) return [];
  const fields = noun.line.trim().split(' ');
  let kinds = [Number(fields[fields.length - Number(fields[2])])];
  const words: string[] = [];
  for (let step = 0; step < 2; step++) {
    kinds = kinds.flatMap((kind) =>
      pointers(readSynset('noun', kind), symbols)
        .filter(([pos]) => pos === 'noun')
        .map(([, offset]) => offset),
    );
    for (const kind of kinds) words.push(...synsetWords(readSynset('noun', kind), false, keepPhrases));
  }
  return words;
}
