import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import type { Span } from '../corpus/sentences.ts';
import { namesAfter, namesInParentheses, writtenAsName } from './aliases.ts';
import { indexTerms, tokenize, type Token } from './analyze.ts';
import { CandidateScorer } from './candidates.ts';
import { renderExcerpt } from './excerpt.ts';
import { remember } from './memo.ts';
import { BASE_WEIGHT } from './weights.ts';
import { planQuery, type QueryPlan } from './query.ts';
import { answers } from './floor.ts';
import { assessPassage, relevance, standsFor, type Assessment } from './rank.ts';
import { CUE, readText, ReadingCache, tokensOf, type Reading } from './reading.ts';
import { inSlices } from './slices.ts';
import { TitleIndex } from './title-index.ts';
import type { SearchOptions, SearchResult } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * Version of the text analysis (tokenising, stop words, stemming, expansions, scoring data). Part of the on-disk
 * cache key: bump it whenever a change would make a saved index disagree with a freshly built one.
 */
export const ANALYSIS_VERSION = 'search-10';

/**
 * What minisearch indexes per passage: its id (the passage's index) and the already analysed terms of its text.
 * Titles are a field of their own outside minisearch (see title-index.ts): a document's windows share one.
 */
interface IndexedPassage {
  i: number;
  text: string[];
}

/** A title match is worth twice a text match: a title names what the whole document is about. */
const TITLE_BOOST = 2;

// Fields arrive as arrays of analysed terms (see indexTerms). minisearch hands a field to `stringifyField` and
// the result to `tokenize`; passing the array straight through spares joining and re-splitting every passage,
// a measurable share of indexing time at 100k passages.
const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  idField: 'i',
  fields: ['text'],
  storeFields: [],
  stringifyField: (terms: string[]) => terms as unknown as string,
  tokenize: (terms) => terms as unknown as string[],
  processTerm: (term) => term || null,
};

/** How many passages the inverted index hands to the (slower) sentence-level re-ranking. */
const CANDIDATES = 25;
/** A passage failing the floor is listed only if it scores at least this share of the best answer's score. */
const WEAK_TAIL_SHARE = 0.3;
/** A best sentence shorter than this many characters is shown with the sentence after it. */
const SHORT_SENTENCE_CHARS = 250;
/** How many of the best passages the relevance floor is tried on (see SearchIndex.search). */
const FLOOR_CANDIDATES = 3;
/**
 * Passages whose reading (see reading.ts) is kept: a corpus this small is read once while indexing and its
 * questions never tokenise a passage again; a larger one keeps the passages questions reach most. About 4 kB
 * each, so at most ~12 MB.
 */
const READING_CACHE = 3000;
/** Passages read to learn which names follow a word (see aliases.ts): enough to see a pattern, cheap to read. */
const ALIAS_SAMPLE = 20;
/** Passages read for the other names a corpus gives a name in parentheses: they are seldom in the first few. */
const PARENTHESES_SAMPLE = 1000;
/** Most postings the inverted index walks for one query (see SearchIndex.rank). */
const POSTINGS_BUDGET = 300_000;

interface Ranked {
  i: number;
  score: number;
  assessment: Assessment;
  reading: Reading;
}

/** Full-text search over a corpus's passages that understands questions and refuses what it cannot answer. */
export class SearchIndex {
  private readonly scorer: CandidateScorer;
  private readonly aliases = new Map<string, string[]>();
  private readonly otherNames = new Map<string, string[]>();
  private readonly names = new Map<string, boolean>();
  private readonly titles = new Map<string, Token[]>();

  private constructor(
    private readonly engine: MiniSearch<IndexedPassage>,
    private readonly vocabulary: Vocabulary,
    private readonly passages: Passage[],
    private readonly titleIndex: TitleIndex,
    private readonly readings = new ReadingCache(READING_CACHE),
  ) {
    this.scorer = new CandidateScorer(
      engine as MiniSearch<never>,
      { text: 1 },
      { index: titleIndex, boost: TITLE_BOOST },
    );
  }

  /** Number of passages indexed. */
  get passageCount(): number {
    return this.passages.length;
  }

  /**
   * Indexes passages (synchronously: run it in a worker for large corpora).
   *
   * @example const index = SearchIndex.build(corpus.passages, { onProgress: (done, total) => log(done, total) });
   */
  static build(
    passages: Passage[],
    opts: { onProgress?: (done: number, total: number) => void } = {},
  ): SearchIndex {
    const engine = new MiniSearch<IndexedPassage>(MINISEARCH_OPTIONS);
    const titles = TitleIndex.build(passages);
    const counter = Vocabulary.counter();
    const readings = new ReadingCache(READING_CACHE);
    // A small corpus is read whole now, its index terms taken from the reading: one pass over the text, and no
    // question ever reads a passage. A large one would not fit: its passages are read when questions reach them.
    const readAll = passages.length <= READING_CACHE;
    passages.forEach((passage, i) => {
      let textTerms: string[];
      if (readAll) {
        const reading = readText(passage.text);
        readings.offer(i, reading);
        textTerms = reading.terms.filter((t) => t !== null);
      } else textTerms = indexTerms(passage.text);
      // Each distinct term once: BM25 here only picks candidates (term frequency saturates quickly and the
      // re-ranking reads the passage itself), and it makes indexing a third faster than feeding every word.
      engine.add({ i, text: counter.add(textTerms, titles.termsOf(i)) });
      if ((i + 1) % 1000 === 0) opts.onProgress?.(i + 1, passages.length);
    });
    opts.onProgress?.(passages.length, passages.length);
    return new SearchIndex(engine, counter.done(), passages, titles, readings);
  }

  /** Serialises the index for the on-disk cache (a JSON-able object). */
  toJSON(): unknown {
    return {
      version: ANALYSIS_VERSION,
      fingerprint: fingerprint(this.passages),
      engine: this.engine.toJSON(),
      vocabulary: this.vocabulary.toJSON(),
    };
  }

  /**
   * Restores an index saved by {@link SearchIndex.toJSON} for the same passages.
   *
   * @throws Error when the data is corrupt, from another analysis version, or for different passages.
   */
  static fromJSON(data: unknown, passages: Passage[]): SearchIndex {
    const saved = checkSaved(data, fingerprint(passages));
    let engine: MiniSearch<IndexedPassage>;
    try {
      engine = MiniSearch.loadJS(saved.engine as AsPlainObject, MINISEARCH_OPTIONS);
    } catch (error) {
      throw corrupt(error);
    }
    return SearchIndex.restored(engine, saved, passages, TitleIndex.build(passages));
  }

  /**
   * Like {@link SearchIndex.fromJSON}, but yields to the event loop every few milliseconds, so a bot can keep
   * answering while a large index is restored on its main thread (the Library's reload).
   *
   * @throws like {@link SearchIndex.fromJSON}.
   */
  static async fromJSONAsync(data: unknown, passages: Passage[]): Promise<SearchIndex> {
    const saved = checkSaved(data, await fingerprintInSlices(passages));
    let engine: MiniSearch<IndexedPassage>;
    try {
      engine = await MiniSearch.loadJSAsync(saved.engine as AsPlainObject, MINISEARCH_OPTIONS);
    } catch (error) {
      throw corrupt(error);
    }
    return SearchIndex.restored(engine, saved, passages, await TitleIndex.buildInSlices(passages));
  }

  private static restored(
    engine: MiniSearch<IndexedPassage>,
    saved: SavedIndex,
    passages: Passage[],
    titles: TitleIndex,
  ): SearchIndex {
    if (engine.documentCount !== passages.length) throw new Error('search: cached index has the wrong size');
    return new SearchIndex(engine, Vocabulary.fromJSON(saved.vocabulary), passages, titles);
  }

  /**
   * Finds the passages that answer `query`, best first; `[]` when nothing in the corpus answers it.
   * Never throws on odd input (empty, punctuation only, very long): such queries simply find nothing.
   *
   * @example index.search('How many hostages were kidnapped?', { limit: 3 })[0].excerpt
   *   // '…militants invaded Israel killing 1,200 mostly civilians and **kidnapping** over 250 more.'
   */
  search(query: string, opts: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(0, Math.floor(opts.limit ?? 3));
    const offset = Math.max(0, Math.floor(opts.offset ?? 0));
    const plan = planQuery(String(query ?? ''), this.vocabulary, {
      aliases: (term) => this.aliasesOf(term),
      otherNames: (term) => this.otherNamesOf(term),
      documentYears: (names) => this.titleIndex.yearsOfTitlesWith(names),
      writtenAsName: (term) => this.writtenAsName(term),
    });
    if (plan.termIndex.size === 0 || limit === 0) return [];
    // Among the best few, a passage that clears the relevance floor beats one that does not: the floor reads
    // names and the question's subject, which the score only weighs. Further down, a passage that clears it
    // is more likely chance than an answer (a recipe question meeting "formulate a law").
    const ranked = this.rank(plan);
    const clear = ranked.slice(0, FLOOR_CANDIDATES).filter((c) => answers(plan, c.assessment));
    if (clear.length === 0) return [];
    // A passage that fails the floor is shown only when it scores near the answers: a far weaker one matched a
    // stray common word ("long", "take") and would only be noise under the answer.
    const tailScore = clear[0]!.score * WEAK_TAIL_SHARE;
    const ordered = withoutRepeats(
      [...clear, ...ranked.filter((c) => !clear.includes(c) && c.score >= tailScore)],
      this.passages,
    );
    return ordered.slice(offset, offset + limit).map((c) => this.toResult(c, plan));
  }

  /** Whether the corpus writes `term` as a name, from a sample of its passages; remembered. */
  private writtenAsName(term: string): boolean {
    return remember(this.names, term, () => writtenAsName(term, this.sampleTexts(term)));
  }

  /** The texts of a few passages that contain `term`. */
  private sampleTexts(term: string): string[] {
    return this.scorer.passagesWith(term, ALIAS_SAMPLE).map((id) => this.passages[id as number]!.text);
  }

  /** Names that follow `term` in the corpus, learnt from a sample of its passages and remembered. */
  private aliasesOf(term: string): string[] {
    // A word this common is no one's title, and learning its aliases would read the most passages.
    if (this.vocabulary.frequency(term) > Math.max(ALIAS_SAMPLE, this.passages.length * 0.02)) return [];
    return remember(this.aliases, term, () => namesAfter(term, this.sampleTexts(term)));
  }

  /** Names the corpus gives `term` in parentheses (see aliases.ts), read from its passages and remembered. */
  private otherNamesOf(term: string): string[] {
    return remember(this.otherNames, term, () =>
      namesInParentheses(
        term,
        this.scorer.passagesWith(term, PARENTHESES_SAMPLE).map((id) => this.passages[id as number]!.text),
      ),
    );
  }

  /**
   * Candidate generation then re-ranking. The inverted index only sees the most informative terms whose posting
   * lists fit POSTINGS_BUDGET: a query's cost is the length of the lists it walks, and on a large corpus the
   * common words ("state", "people") have lists as long as the corpus while adding little to which passages
   * qualify. Every term still counts in the re-ranking, which reads the few candidates' sentences.
   */
  private rank(plan: QueryPlan): Ranked[] {
    const weights = new Map<string, number>();
    for (const [term, entries] of plan.termIndex)
      weights.set(term, Math.max(...entries.map((e) => e.weight)));
    // The question's own words first (rarest first), then expansions by weighted rarity.
    const value = ([term, weight]: [string, number]): number =>
      (weight >= BASE_WEIGHT ? 100 : 0) + weight * this.vocabulary.idf(term);
    const byValue = [...weights].sort((a, b) => value(b) - value(a));
    const chosen: string[] = [];
    let postings = 0;
    for (const [term] of byValue) {
      const df = this.vocabulary.frequency(term);
      if (chosen.length > 0 && postings + df > POSTINGS_BUDGET) continue;
      chosen.push(term);
      postings += df;
    }
    const top = this.scorer.top(new Map(chosen.map((term) => [term, weights.get(term)!])), CANDIDATES);
    const best = top[0]?.score ?? 1;
    return top
      .map((hit) => {
        const passage = this.passages[hit.id as number]!;
        const reading = this.readings.get(hit.id as number, () => passage.text);
        const before = (): Token[] => this.namesBefore(hit.id as number);
        const assessment = assessPassage(reading, this.titleTokens(passage.title), plan, before);
        return { i: hit.id as number, score: relevance(hit.score / best, assessment), assessment, reading };
      })
      .sort((a, b) => b.score - a.score);
  }

  /**
   * The names in the passage before passage `i` in its document: who "he" is. For a window of a long paragraph,
   * the window before it: "They told me…" may speak of the Harley-Davidson people named a few sentences back.
   */
  private namesBefore(i: number): Token[] {
    const before = this.passages[i - 1];
    if (before === undefined || before.docId !== this.passages[i]!.docId) return [];
    const reading = this.readings.get(i - 1, () => before.text);
    return tokensOf(reading).filter((_, k) => (reading.cues[k]! & CUE.name) !== 0);
  }

  /** A document title's words, read once per title (a document's passages share it). */
  private titleTokens(title: string): Token[] {
    return remember(this.titles, title, () => tokenize(title), READING_CACHE);
  }

  private toResult(candidate: Ranked, plan: QueryPlan): SearchResult {
    const passage = this.passages[candidate.i]!;
    const tokens = tokensOf(candidate.reading);
    const isMatch = (t: Token): boolean =>
      t.term !== null && plan.termIndex.has(t.term) && standsFor(plan, t.term, t.folded) !== null;
    // A number answers "how many", a date or a number "when": the excerpt keeps them when it must be trimmed.
    const answerCues = plan.cue === 'number' ? CUE.number : plan.cue === 'date' ? CUE.date | CUE.number : 0;
    const answerStarts = new Set(
      tokens
        .filter((t, k) => (candidate.reading.cues[k]! & answerCues) !== 0 && !isMatch(t))
        .map((t) => t.start),
    );
    const excerpt = renderExcerpt(
      passage.text,
      shownSpan(candidate.assessment.best, candidate.reading.spans),
      tokens,
      isMatch,
      {
        isAnswer: (t) => answerStarts.has(t.start),
        sentenceStarts: new Set(candidate.reading.spans.map((span) => span.start)),
        // A synonym shows less of the question than its own word, and shows nothing a word of the same concept
        // already shows.
        matchWorth: (t) => Math.max(...(plan.termIndex.get(t.term!) ?? []).map((e) => e.weight)),
        sameAs: (t) => {
          const entries = t.term === null ? undefined : plan.termIndex.get(t.term);
          return entries === undefined ? t.term : `concept ${entries[0]!.concept}`;
        },
      },
    );
    return {
      ...passage,
      score: Math.round(candidate.score * 1000) / 1000,
      excerpt,
      citation: citationOf(passage),
    };
  }
}

/**
 * The part of a passage its excerpt shows: the best sentence, and the one after it when the best is short, for a
 * short sentence often leads into its answer ("Muslim nations are angry. Very angry."); a long one after it is cut
 * to fit (see renderExcerpt). When that is still short, the sentence before too: a short quote is often the end of
 * one ("Is a Palestinian defending his home a terrorist? Are we, the resistance front, terrorists?").
 */
function shownSpan(best: Span, spans: Span[]): Span {
  const at = spans.findIndex((span) => span.start === best.start && span.end === best.end);
  if (at < 0 || best.end - best.start >= SHORT_SENTENCE_CHARS) return best;
  const shown = { start: best.start, end: spans[at + 1]?.end ?? best.end };
  const before = spans[at - 1];
  return before && shown.end - shown.start < SHORT_SENTENCE_CHARS ? { ...shown, start: before.start } : shown;
}

/**
 * Drops a candidate whose best sentence a better candidate of the same document already shows. A long paragraph's
 * windows overlap by a sentence (see corpus/windows.ts), so a question answered by that sentence would otherwise
 * fill two of the few places shown with the same answer and push the next-best answer out of sight.
 */
function withoutRepeats(ranked: Ranked[], passages: Passage[]): Ranked[] {
  const shown = new Set<string>();
  return ranked.filter((c) => {
    const { best } = c.assessment;
    const key = `${passages[c.i]!.docId}\u0000${c.reading.text.slice(best.start, best.end)}`;
    if (shown.has(key)) return false;
    shown.add(key);
    return true;
  });
}

/**
 * The one-line citation of a passage: `title — ¶ n — source`, with the window number when a long paragraph was
 * split (`¶ 12 (part 2)`).
 */
export function citationOf(passage: Passage): string {
  const where =
    passage.part === undefined ? `¶ ${passage.passage}` : `¶ ${passage.passage} (part ${passage.part})`;
  return `${passage.title} — ${where} — ${passage.source}`;
}

/** What {@link SearchIndex.toJSON} saves, as read back before it is trusted. */
interface SavedIndex {
  version?: unknown;
  fingerprint?: unknown;
  engine?: unknown;
  vocabulary?: unknown;
}

/** Checks a saved index's version and passages (by `expectedFingerprint`) before the expensive restore. */
function checkSaved(data: unknown, expectedFingerprint: string): SavedIndex {
  const saved = data as SavedIndex;
  if (typeof saved !== 'object' || saved === null) throw new Error('search: cached index is not an object');
  if (saved.version !== ANALYSIS_VERSION) {
    throw new Error(`search: cached index is version ${String(saved.version)}, expected ${ANALYSIS_VERSION}`);
  }
  if (saved.fingerprint !== expectedFingerprint)
    throw new Error('search: cached index is for other passages');
  return saved;
}

function corrupt(error: unknown): Error {
  return new Error(`search: cached index is corrupt (${(error as Error).message})`, { cause: error });
}

const FNV_OFFSET = 0x811c9dc5;

/** Folds one passage's id and text into an FNV-1a hash. */
function fingerprintPassage(hash: number, p: Passage): number {
  for (const key of [p.id, p.text]) {
    for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193) >>> 0;
  }
  return hash;
}

/** FNV-1a over the passages' ids and texts: tells a cached index that was built for other passages. */
function fingerprint(passages: Passage[]): string {
  const hash = passages.reduce(fingerprintPassage, FNV_OFFSET);
  return `${passages.length}-${hash.toString(16)}`;
}

/** {@link fingerprint} in slices of a few ms: at 100k passages the whole takes a few hundred ms. */
async function fingerprintInSlices(passages: Passage[]): Promise<string> {
  let hash = FNV_OFFSET;
  await inSlices(
    passages.length,
    (i) => {
      hash = fingerprintPassage(hash, passages[i]!);
    },
    256,
  );
  return `${passages.length}-${hash.toString(16)}`;
}
