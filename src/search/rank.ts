import type { Span } from '../corpus/sentences.ts';
import type { Token } from './analyze.ts';
import { AGE, cueFlag, isNameAnswer, isPlaceAnswer } from './answer-type.ts';
import { focusShareOf, shareOf } from './coverage.ts';
import { isNameAsWritten } from './name-forms.ts';
import { ALIAS_WEIGHT } from './weights.ts';
import type { QueryPlan } from './query.ts';
import { CALENDAR_DATE, CUE, DATE_ANSWERS, YEAR, type Reading } from './reading.ts';
import { chooseSentences } from './sentence-choice.ts';
import { markAcronymsSpelledIn, markSpelledAcronyms } from './spelled-acronyms.ts';
import { isFormOf, lookUp } from './wordnet.ts';

/** How well one passage answers a query plan, from reading its words. */
export interface Assessment {
  /** Share of the question's rarity-weighted concepts the passage (text or title) contains, 0..1. */
  coverage: number;
  /** Coverage counting the hints too (see Concept.hints): what ranks the passage, where `coverage` answers. */
  rankCoverage: number;
  /** Best weight with which the passage (text or title) matches each concept, by concept index. */
  matched: Float64Array;
  /** The same share within the best sentence (or two adjacent sentences), 0..1. */
  sentenceCoverage: number;
  /** Whether the best sentence holds the kind of answer asked for (a number for "how many"…). */
  cueMatched: boolean;
  /** Whether the passage anywhere holds a number that is not a word of the question (see floor.ts, rule 5). */
  hasNumber: boolean;
  /** Whether the passage anywhere holds a sum of money ($13 millions, billions of dollars): see floor.ts, rule 5. */
  hasMoney: boolean;
  /** Whether the passage states an age ("the 83-year-old ruler", "aged 83"); read only when the question asks one. */
  hasAge: boolean;
  /** Whether the passage gives a calendar date (see CALENDAR_DATE); read only when the question asks for one. */
  hasCalendarDate: boolean;
  /** Whether the passage anywhere holds a date or a relative time that is not a word of the question (rule 5). */
  hasDate: boolean;
  /** Whether a name that is not a word of the question stands within a few words of one that is, in one sentence. */
  nameNearMatch: boolean;
  /** 0..1: how many of the question's words sit next to another of its words (within a few words). */
  proximity: number;
  /** 0..1: how many of the question's adjacent word pairs appear side by side in the passage. */
  phrase: number;
  /** Whether the document's title holds both a name and a year of the question: the very speech asked about. */
  titleNameAndYear: boolean;
  /**
   * For "who is X?": whether the passage introduces X, by a title right before the name ("Iran's ruler Ali
   * Khamenei") or a clause after it ("Hezbollah, which is…").
   */
  introduced: boolean;
  /** For "how many X": whether a number stands right before X, or right after the question's verb, in the passage. */
  counted: boolean;
  /** Fewest content words between a word of a name of the question and a word of its focus (Infinity: never). */
  nameFocusGap: number;
  /**
   * Rarity-weighted share of the question's focus (what it says it is about: "…say about the settlements?")
   * matched in the passage; 0 when the question names no focus.
   */
  focusShare: number;
  /** The best sentence or pair of sentences, for the excerpt. */
  best: Span;
}

/** Content words from a title to the name it introduces: "ruler Ali Khamenei", "chief Josep Borrell". */
const TITLE_REACH = 3;
/** Question words this close together in the text (in content words) read as one phrase ("Iran has proxies"). */
const NEAR_WORDS = 2;
/** How much a name matched only in the document's previous passage counts towards a passage's coverage. */
const INHERITED_WEIGHT = 0.5;
/** How much a word matched only in the document's title counts towards a passage's coverage. */
const TITLE_WEIGHT = 0.75;
/**
 * The index term of a text word, or `null` when the term is a name's stem and the word is a dictionary word that
 * is not the name: "main" is no Maine, but "Fadavi" may well be the "Fadavy" asked about.
 */
function asWritten(plan: QueryPlan, term: string | null, folded: string): string | null {
  const name = term === null ? undefined : plan.nameForms.get(term);
  if (name === undefined || isNameAsWritten(folded, name)) return term;
  return lookUp(folded).known ? null : term;
}

/**
 * The index term of a text word as the plan reads it: `null` when it matches only a WordNet stand-in that it is
 * not a form of ("news" for the "new" that stands in for "age"), or only a name's stem (see asWritten).
 */
export function standsFor(plan: QueryPlan, term: string | null, folded: string): string | null {
  const written = asWritten(plan, term, folded);
  const lemmas = written === null ? undefined : plan.senses.get(written);
  return lemmas === undefined || lemmas.some((lemma) => isFormOf(folded, lemma)) ? written : null;
}

/**
 * Reads a passage against a plan: which concepts it covers overall and in its best sentence, and whether that
 * sentence carries the answer type. Done only for the few candidates the inverted index ranks highest.
 * `inherited` gives the names of the passage before it in its document ("…Khamenei said." then "He also
 * warned…"); it is called only when a name of the question (or a word no dictionary knows, typed in lower case:
 * "fadavi") is missing from the passage and its title.
 */
export function assessPassage(
  reading: Reading,
  title: Token[],
  plan: QueryPlan,
  inherited: () => Token[] = () => [],
): Assessment {
  const { text, terms, spans } = reading;
  const dateWord = plan.dateAsked === undefined ? undefined : plan.concepts[plan.dateAsked]!.word;
  const dateAnswer = DATE_ANSWERS.get(dateWord ?? '') ?? (() => false);
  const cue = plan.asksMoney ? CUE.money : cueFlag(plan.cue);
  const totalIdf = plan.concepts.reduce((sum, c) => sum + (c.context ? 0 : c.idf), 0);
  const whole = new Float64Array(plan.concepts.length);
  const hinted = new Float64Array(plan.concepts.length);
  const mark = (into: Float64Array, term: string | null): boolean => {
    const entries = term === null ? undefined : plan.termIndex.get(term);
    if (!entries) return false;
    for (const { concept, weight } of entries) into[concept] = Math.max(into[concept] ?? 0, weight);
    return true;
  };
  // A title speaks for the whole document, so it is weaker evidence about one passage than the passage's words.
  const fromTitle = new Float64Array(plan.concepts.length);
  for (const token of title) mark(fromTitle, asWritten(plan, token.term, token.folded));
  // A name in the title is the document's author or subject: near everything the passage says.
  const nameInTitle = plan.concepts.some((c, i) => c.name !== undefined && fromTitle[i]! > 0);

  const perSentence = spans.map(() => new Float64Array(plan.concepts.length));
  // The same by true forms only (see standsFor): what picks the sentence shown.
  const shownSentence = spans.map(() => new Float64Array(plan.concepts.length));
  const cueIn = spans.map(() => false);
  const countedIn = spans.map(() => false);
  const nearIn = new Float64Array(spans.length);
  let near = 0;
  let phrase = 0;
  let hasNumber = false;
  let hasMoney = false;
  let introduced = false;
  let [titleAt, titleEnd] = [-Infinity, 0];
  let hasDate = false;
  let nameNearMatch = false;
  let [lastMatchAt, lastNameAt] = [-Infinity, -Infinity];
  let [matchSentence, nameSentence] = [-1, -2];
  let previous = { at: -NEAR_WORDS - 1, concept: -1, strong: false };
  let numberAt = -NEAR_WORDS - 1;
  let verbAt = -NEAR_WORDS - 1;
  let [nameAt, focusAt, nameFocusGap] = [-Infinity, -Infinity, nameInTitle ? 0 : Infinity];
  // Distances count content words only: "the only thing we have to fear" has "thing" next to "fear".
  let k = 0;
  terms.forEach((stem, t) => {
    if (stem !== null) k++;
    const term = asWritten(plan, stem, reading.folded[t]!);
    const s = reading.sentence[t]!;
    // The sentence shown is chosen by true forms only (see standsFor); ranking keeps every stand-in, as a shared
    // stem still says the topic is near ("additional" is no form of "addition" to WordNet, but is its idea).
    const matched = mark(perSentence[s]!, term);
    if (matched) mark(shownSentence[s]!, standsFor(plan, term, reading.folded[t]!));
    mark(whole, term);
    // "What day was the speech?" is answered by "on Tuesday": the day asked about.
    if (!matched && plan.dateAsked !== undefined && dateAnswer(reading.folded[t]!)) {
      for (const into of [perSentence[s]!, shownSentence[s]!, whole]) into[plan.dateAsked] = 1;
    }
    // A hint ranks but does not answer: it is kept apart from what the relevance floor reads.
    if (!matched && term !== null)
      for (const { concept, weight } of plan.hintIndex.get(term) ?? [])
        hinted[concept] = Math.max(hinted[concept]!, weight);
    if (!matched && (reading.cues[t]! & CUE.number) !== 0) hasNumber = true;
    if ((reading.cues[t]! & CUE.money) !== 0) hasMoney = true;
    if (!matched && (reading.cues[t]! & (CUE.date | CUE.relativeTime)) !== 0) hasDate = true;
    if (plan.definitional && stem !== null) {
      // A title is a word for a kind of person ("ruler", "chief") standing before the name, nothing between them
      // but other names ("Ali"); a clause is ", which" or ", who" right after it.
      const [start, end] = [reading.starts[t]!, reading.ends[t]!];
      if (!matched) {
        if (lookUp(reading.folded[t]!).person) [titleAt, titleEnd] = [k, end];
      } else if (!introduced) {
        const titled = k - titleAt <= TITLE_REACH && !/[,.;:!?"“”()]/.test(text.slice(titleEnd, start));
        introduced = titled || /^\s*,\s*(?:which|who)\b/.test(text.slice(end, end + 12));
      }
    }
    if (term !== null) {
      // A name answers "what is the name of…" when it is no word of the question, even misspelt (a name the corpus
      // writes after the question's word, as Borrell after chief, is) (see isNameAnswer).
      const given = matched && plan.termIndex.get(term)!.some((e) => e.weight > ALIAS_WEIGHT);
      const name = plan.asksName && !given && (reading.cues[t]! & CUE.name) !== 0;
      if (name && isNameAnswer(reading, t)) [lastNameAt, nameSentence] = [k, s];
      else if (matched) [lastMatchAt, matchSentence] = [k, s];
      // In one sentence: "…a man like Wesley Autrey. Tommy Rieman was…" does not name the man he saved.
      if (Math.abs(lastMatchAt - lastNameAt) <= NEAR_WORDS && nameSentence === matchSentence)
        nameNearMatch = true;
    }
    if (!matched && (reading.cues[t]! & cue) !== 0 && (plan.cue !== 'place' || isPlaceAnswer(reading, t))) {
      cueIn[s] = true;
      if (plan.cue === 'number') numberAt = k;
      // "How many were killed?" answered by "killing 1,200": a number right after the question's verb.
      if (k - verbAt <= NEAR_WORDS) countedIn[s] = true;
    }
    if (!matched) return;
    const entries = plan.termIndex.get(term!)!;
    for (const entry of entries) {
      const c = plan.concepts[entry.concept]!;
      if (c.name !== undefined) {
        nameAt = k;
        nameFocusGap = Math.min(nameFocusGap, k - focusAt);
      }
      if (c.focus) {
        focusAt = k;
        nameFocusGap = Math.min(nameFocusGap, k - nameAt);
      }
    }
    const { concept, weight } = entries[0]!;
    if (weight >= 0.5 && plan.countingVerbs?.includes(concept)) verbAt = k;
    if (concept !== previous.concept && k - previous.at <= NEAR_WORDS) {
      near++;
      if (weight >= 0.5 && previous.strong) nearIn[s]!++;
    }
    // Neighbouring words of the question side by side in the text, in either order ("war in Gaza", "Gaza war"):
    // a phrase of the question. Weak stand-ins (synonyms) do not make phrases.
    if (
      Math.abs(concept - previous.concept) === 1 &&
      k - previous.at === 1 &&
      weight >= 0.5 &&
      previous.strong
    ) {
      phrase++;
    }
    // "How many countries?" answered by "fourteen countries": a number right before the counted word.
    if (concept === plan.counted && k - numberAt <= NEAR_WORDS) countedIn[s] = true;
    previous = { at: k, concept, strong: weight >= 0.5 };
  });

  if (plan.concepts.some((c) => c.acronym !== undefined))
    markSpelledAcronyms(reading, plan, (s) => [perSentence[s]!, shownSentence[s]!, whole]);

  // A year naming the document asked about ("the 2007 address") is matched by a document's title, not by an
  // event another year's document dates to it.
  // A year the question only implies ("his last annual message") is matched by the title alone.
  const dated = title.some((t) => YEAR.test(t.folded));
  plan.concepts.forEach((c, i) => {
    if (!c.impliedYear && (!dated || !c.documentYear || fromTitle[i]! > 0)) return;
    for (const into of [whole, ...perSentence, ...shownSentence]) into[i] = 0;
  });
  const { best, sentenceCoverage, cueMatched } = chooseSentences(
    spans,
    { ranked: perSentence, shown: shownSentence, cue: cueIn, counted: countedIn, near: nearIn },
    plan,
    totalIdf,
  ) ?? { best: { start: 0, end: text.length }, sentenceCoverage: 0, cueMatched: false };
  // The names of the passage before are whom "he said" and "they" refer to: weaker evidence than the title's.
  const nameMissing = plan.concepts.some(
    (c, i) => (c.name !== undefined || !c.dictionaryWord) && !whole[i] && !fromTitle[i],
  );
  const fromBefore = new Float64Array(plan.concepts.length);
  const namesBefore = nameMissing ? inherited() : [];
  for (const token of namesBefore) mark(fromBefore, asWritten(plan, token.term, token.folded));
  if (plan.concepts.some((c) => c.acronym !== undefined))
    markAcronymsSpelledIn(namesBefore, plan, fromBefore);
  fromBefore.forEach((w, c) => (whole[c] = Math.max(whole[c] ?? 0, w * INHERITED_WEIGHT)));
  // A name in the title, though, says whose document it is: "What did Lincoln say…" is best answered by Lincoln;
  // and a year in it which document the question means: "…in the 2007 address" is the speech of 2007, not one of
  // 2008 that recalls 2007.
  fromTitle.forEach((w, c) => {
    const concept = plan.concepts[c]!;
    const year = YEAR.test(concept.word) && !concept.relativeYear;
    const weight = concept.name === undefined && !year ? TITLE_WEIGHT : 1;
    whole[c] = Math.max(whole[c] ?? 0, w * weight);
  });
  const ranked = whole.map((w, i) => Math.max(w, hinted[i]!));
  return {
    coverage: shareOf(whole, plan, totalIdf),
    rankCoverage: shareOf(ranked, plan, totalIdf),
    focusShare: focusShareOf(whole, plan),
    matched: whole,
    sentenceCoverage,
    cueMatched,
    hasNumber,
    hasMoney,
    hasAge: plan.asksAge && AGE.test(text),
    hasCalendarDate: plan.asksDate && CALENDAR_DATE.test(text),
    hasDate,
    nameNearMatch,
    proximity: plan.concepts.length > 1 ? Math.min(1, near / (plan.concepts.length - 1)) : 0,
    phrase: plan.concepts.length > 1 ? Math.min(1, phrase / (plan.concepts.length - 1)) : 0,
    counted: countedIn.includes(true),
    introduced,
    titleNameAndYear:
      nameInTitle &&
      plan.concepts.some(
        (c, i) => (YEAR.test(c.word) || c.shortYear) && !c.relativeYear && fromTitle[i]! > 0,
      ),
    nameFocusGap,
    best,
  };
}

/**
 * Final relevance of a candidate: its BM25 score relative to the best candidate's, plus what reading it found.
 * Coverage dominates (does the passage speak to every part of the question? hints count here), then whether one
 * sentence does, then the cues that separate passages covering the same words: answer type, a number before the
 * counted thing, how much of what the question is about it covers, question words close together or side by side,
 * and a title naming both the person and the year asked about ("Tyler's 1841 message" is the speech of 1841, not
 * one of 1844 that recalls 1841). Weights were tuned on the eval sets, each kept only if it helped.
 */
export function relevance(bm25Share: number, a: Assessment): number {
  return (
    0.4 * bm25Share +
    a.rankCoverage +
    0.6 * a.sentenceCoverage +
    (a.cueMatched ? 0.15 : 0) +
    (a.counted ? 0.2 : 0) +
    0.2 * a.proximity +
    0.3 * a.phrase +
    (a.titleNameAndYear ? 0.2 : 0) +
    (a.introduced ? 0.3 : 0) +
    0.2 * a.focusShare
  );
}
