import { hasOwnWord } from './concept.ts';
import type { QueryPlan } from './query.ts';
import type { Assessment } from './rank.ts';
import { YEAR } from './reading.ts';

/**
 * Relevance floor: ten rules a passage must pass to be shown as an answer (search tries them on the best few
 * candidates), none tied to a score scale, so they carry to any corpus.
 * 1. Rarity-weighted coverage: it must cover at least MIN_COVERAGE of the question's content, each word weighted
 *    by its rarity (BM25 IDF), a word the corpus never uses counted as the rarest possible, and a word matched only
 *    through a synonym or a typo correction counted at that expansion's weight. Questions about what the corpus
 *    lacks mostly consist of words it never uses ("How do I reset my wifi router?").
 * 2. Enough words: the weights of the words it matches must add up to over a third (36%) of the question's
 *    words (one word and a synonym of four fall short), so one rare word shared by chance ("a good recipe for
 *    lasagna" → "a recipe for quagmire") is not an answer. A two-word question must have both words matched,
 *    unless the corpus never uses one (it may be a paraphrase).
 * 3. Names: a near miss shares the topic's common words but not its subject ("What did Khamenei say about Saudi
 *    Arabia?"). A run of capitalised words after the first word is a name (not a lone dictionary adjective: "Black
 *    physicians"); it must be matched in the passage unless the corpus uses it so widely (≥ TOPIC_SPREAD of
 *    passages) that paragraphs leave it implicit. Within a name, a word WordNet does not know (Mona, Khamenei) must
 *    itself be matched; a title it knows (Ayatollah) need not be, nor a plural acronym the corpus never uses
 *    ("UAVs"), which names a kind of thing the text calls by words, nor the word beside a name typed in lower case
 *    ("abe" in "abe lincoln"), which may be a nickname.
 *    When the question also names a focus ("What did Washington say about television?") and the name is matched
 *    only in the passage's text, it must stand within MAX_NAME_FOCUS_GAP content words of the focus: a long
 *    window that mentions "Washington" at one end and television at the other is not Washington on television.
 * 4. Focus: what a question says it is about ("What did Hezbollah say about the ceasefire?") must be at least
 *    half matched (rarity-weighted): a passage on the speaker alone does not answer it. A word of the focus the
 *    corpus never uses counts half (see rank.ts): it may be the asker's own word ("the sanctions hurting Iran"
 *    of "the sanctions will not bring down the Iranian nation").
 * 5. Answer type: a passage that answers "how many / how much / how old" holds a number, and one that answers
 *    "when" holds a date, a number or a time relative to another event ("days after"), besides those the
 *    question gives: "How many drones has Iran shipped to Russia?" is not answered by "…supplying drones to
 *    Russia", which counts nothing. One that answers how much money ("How much did the sanctions cost?") holds
 *    a sum: a currency sign or word ($13 millions, billions of dollars), not just any number; one that answers
 *    how old states an age ("the 83-year-old ruler", "aged 61"), not just a year; one that answers "on what
 *    date" gives a calendar date (a month, or "2/14"), not only a weekday or "earlier this month". A "when"
 *    question about an event its verb names ("When did Khamenei become supreme leader?") is answered only where
 *    that verb (or a stand-in) is matched: a passage dating his speech dates something else.
 * 6. Names asked for: "What was the name of the commander…?" (or "quds commander name") is answered only by a
 *    name that is no word of the question, no place or people a dictionary knows, no title and no common word
 *    inside an institution's name (Zahedi, the schooner Enterprise; not Israeli, Commodore or the British
 *    Government), standing within a few words of the question's words in one sentence of the passage.
 * 7. Years: a question that names a year ("…in 2014?") is about that year: one of its years must be in the
 *    passage or its document's title (a speech of 2014), or the passage speaks of another time. One of them is
 *    enough: "the War of 1812, according to Madison in 1815" may be answered in the speech of 1815 alone.
 * 8. Superlatives: "the tallest mountain", "the biggest protests" ask for the one that stands out, so the passage
 *    must say tallest (or a stand-in: tall, height, or a synonym's superlative: biggest for largest); one that
 *    only mentions a mountain does not answer. A superlative after a verb ("hit hardest") says how, not which
 *    one, and is not required.
 * 9. Absent topics: in a large corpus (thousands of passages), a dictionary word it never uses is a topic it lacks
 *    ("How do I bake sourdough bread?"), unless the passage holds a word that stands for it (a synonym, a kind).
 *    A large corpus always has some passage that shares two or three common words with any question, so rules 1–2
 *    alone answer "best sourdough starter recipe" with "a recipe for quagmire". In a small one most words of a
 *    paraphrase are absent, so the rule stays off there.
 * 10. The app: a question about Discord itself ("how do I reset my discord password?", "…set up a bot on my
 *    discord server?") asks about the app the bot runs in, not the documents, so nothing answers it; unless the
 *    corpus writes Discord as a name (it is about the app). A corpus that uses "discord" as a word (strife) does
 *    not answer it either; the question means the app when it names it so or beside the app's words (server,
 *    password, bot), not in "discord between the states". So does a question about the bot in the app's words
 *    ("how do I get the bot to give me a role?"), unless the corpus itself uses the word "bot".
 * Hints (loose stand-ins such as a word's narrower kinds, see Concept.hints) rank passages but count for none of
 * these rules: counted here, they answered questions the corpus cannot.
 * "The question" is what the message asks (see question-part.ts): greetings and stories around it are context,
 * so they neither dilute the coverage of rules 1–2 nor bring names or a focus that rules 3–4 would demand.
 */
const MIN_COVERAGE = 0.28;
const MIN_MATCHED_SHARE = 0.36;
const TOPIC_SPREAD = 0.05;
const MIN_FOCUS_SHARE = 0.5;
const MAX_NAME_FOCUS_GAP = 40;
const IMPLICIT_NAME_WEIGHT = 0.5;

/** Rule 3: every name of the question is in the passage, or common enough in the corpus to be implicit. */
function namesFound(plan: QueryPlan, best: Assessment): boolean {
  const runs = new Map<number, { matched: boolean; missingRareName: boolean }>();
  plan.concepts.forEach((c, i) => {
    if (c.name === undefined) return;
    const run = runs.get(c.name) ?? { matched: false, missingRareName: false };
    const hit = (best.matched[i] ?? 0) > 0 || c.spread >= TOPIC_SPREAD || c.unknownAcronym === true;
    run.matched ||= hit;
    run.missingRareName ||= !hit && !c.dictionaryWord && c.nameNeighbour !== true;
    runs.set(c.name, run);
  });
  return [...runs.values()].every((run) => run.matched && !run.missingRareName);
}

/** Rule 4: the subject after "about" is at least half matched, by rarity; true when the question names none. */
function focusFound(plan: QueryPlan, best: Assessment): boolean {
  return best.focusShare >= MIN_FOCUS_SHARE || !plan.concepts.some((c) => c.focus);
}

/** Rule 3, second part: a name of the question matched only far from its focus speaks of something else. */
function nameNearFocus(plan: QueryPlan, best: Assessment): boolean {
  const names = plan.concepts.filter((c) => c.name !== undefined);
  if (names.length === 0 || !plan.concepts.some((c) => c.focus)) return true;
  return names.some((c) => c.spread >= TOPIC_SPREAD) || best.nameFocusGap <= MAX_NAME_FOCUS_GAP;
}

/** Rule 7: a passage of a year the question names, when it names any (in the text or the document's title). */
function yearFound(plan: QueryPlan, best: Assessment): boolean {
  const years = plan.concepts.flatMap((c, i) => (!c.context && YEAR.test(c.word) ? [i] : []));
  return years.length === 0 || years.some((i) => (best.matched[i] ?? 0) > 0);
}

/** Whether a candidate is good enough to show as an answer (see the rules above). */
export function answers(plan: QueryPlan, best: Assessment): boolean {
  if (plan.aboutDiscord || best.coverage < MIN_COVERAGE) return false;
  // A name so common in the corpus that paragraphs leave it implicit (rule 3) half counts as matched; so does
  // such a word that is in no dictionary, a name typed in lower case ("khamenei age").
  const implicit = (c: QueryPlan['concepts'][number]): number =>
    (c.name !== undefined || c.proper || !c.dictionaryWord) && c.spread >= TOPIC_SPREAD
      ? IMPLICIT_NAME_WEIGHT
      : 0;
  const asked = plan.concepts.flatMap((c, i) =>
    c.context ? [] : [Math.max(best.matched[i] ?? 0, implicit(c))],
  );
  const matchedWeight = asked.reduce((sum, w) => sum + w, 0);
  if (asked.length > 1 && matchedWeight < MIN_MATCHED_SHARE * asked.length) return false;
  // A two-word question has no word to spare: each that the corpus uses must be here ("spider legs" is not
  // answered by a passage on legs). One the corpus never uses may be the asker's paraphrase ("hostages").
  const ownWordMissing = (): boolean =>
    plan.concepts.some(
      (c, i) => !c.context && Math.max(best.matched[i] ?? 0, implicit(c)) === 0 && hasOwnWord(c),
    );
  if (asked.length === 2 && ownWordMissing()) return false;
  if (!yearFound(plan, best)) return false;
  if (plan.concepts.some((c, i) => c.absent === true && !best.matched[i])) return false;
  if (plan.concepts.some((c, i) => c.superlative && !best.matched[i])) return false;
  if (plan.cue === 'number' && !best.hasNumber) return false;
  if (plan.asksMoney && !best.hasMoney) return false;
  if (plan.asksAge && !best.hasAge) return false;
  if (plan.asksDate && !best.hasCalendarDate) return false;
  if (plan.cue === 'date' && !best.hasDate && !best.hasNumber) return false;
  if (plan.eventVerb !== undefined && !best.matched[plan.eventVerb]) return false;
  if (plan.asksName && !best.nameNearMatch) return false;
  return namesFound(plan, best) && nameNearFocus(plan, best) && focusFound(plan, best);
}
