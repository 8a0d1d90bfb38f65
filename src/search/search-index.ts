import MiniSearch, { type AsPlainObject, type Options } from 'minisearch';
import type { Passage } from '../corpus/types.ts';
import { indexTerms } from './analyze.ts';
import { CandidateScorer } from './candidates.ts';
import { renderExcerpt } from './excerpt.ts';
import { planQuery, type QueryPlan } from './query.ts';
import { assessPassage, type Assessment } from './rank.ts';
import type { SearchOptions, SearchResult } from './types.ts';
import { Vocabulary } from './vocabulary.ts';

/**
 * Version of the text analysis (tokenising, stop words, stemming, expansions, scoring data). Part of the on-disk
 * cache key: bump it whenever a change would make a saved index disagree with a freshly built one.
 */
export const ANALYSIS_VERSION = 'search-2';

/** What minisearch indexes per passage: the already analysed terms, space separated. */
interface IndexedPassage {
  i: number;
  text: string;
  title: string;
}

/** A title match is worth twice a text match: a title names what the whole document is about. */
const FIELD_BOOSTS = { text: 1, title: 2 };

// Terms arrive analysed (see indexTerms), so minisearch only splits on the single spaces we joined them with.
const MINISEARCH_OPTIONS: Options<IndexedPassage> = {
  idField: 'i',
  fields: ['text', 'title'],
  storeFields: [],
  tokenize: (text) => text.split(' '),
  processTerm: (term) => term || null,
  searchOptions: { combineWith: 'OR', boost: FIELD_BOOSTS },
};

/** How many passages the inverted index hands to the (slower) sentence-level re-ranking. */
const CANDIDATES = 40;
/** Most postings the inverted index walks for one query (see SearchIndex.rank). */
const POSTINGS_BUDGET = 300_000;
/** Weight from which an expansion counts as the word itself (see query.ts). */
const BASE_WEIGHT = 0.9;

/**
 * Relevance floor: three rules on the best passage, none tied to a score scale, so they carry to any corpus.
 * 1. Rarity-weighted coverage: it must cover at least MIN_COVERAGE of the question's content, each word weighted
 *    by its rarity (BM25 IDF), a word the corpus never uses counted as the rarest possible, and a word matched only
 *    through a synonym or a typo correction counted at that expansion's weight. Questions about what the corpus
 *    lacks mostly consist of words it never uses ("How do I reset my wifi router?").
 * 2. Majority: the weights of the words it matches must add up to at least half the question's words, so one
 *    rare word shared by chance ("a good recipe for lasagna" → "a recipe for quagmire") is not an answer.
 * 3. Names: a near miss shares the topic's common words but not its subject ("What did Khamenei say about Saudi
 *    Arabia?"). A run of capitalised words after the first word is a name; it must be matched in the passage unless
 *    the corpus uses it so widely (≥ TOPIC_SPREAD of passages) that paragraphs leave it implicit. Within a name, a
 *    word WordNet does not know (Mona, Khamenei) must itself be matched; a title it knows (Ayatollah) need not be.
 */
const MIN_COVERAGE = 0.28;
const MIN_MATCHED_SHARE = 0.5;
const TOPIC_SPREAD = 0.05;

/** Whether the best passage is good enough to show at all (see MIN_COVERAGE). */
function answers(plan: QueryPlan, best: Assessment): boolean {
  if (best.coverage < MIN_COVERAGE) return false;
  const matchedWeight = best.matched.reduce((sum, w) => sum + w, 0);
  if (plan.concepts.length > 1 && matchedWeight < MIN_MATCHED_SHARE * plan.concepts.length) return false;
  const runs = new Map<number, { matched: boolean; missingRareName: boolean }>();
  plan.concepts.forEach((c, i) => {
    if (c.name === undefined) return;
    const run = runs.get(c.name) ?? { matched: false, missingRareName: false };
    const hit = (best.matched[i] ?? 0) > 0 || c.spread >= TOPIC_SPREAD;
    run.matched ||= hit;
    run.missingRareName ||= !hit && !c.dictionaryWord;
    runs.set(c.name, run);
  });
  return [...runs.values()].every((run) => run.matched && !run.missingRareName);
}

interface Candidate {
  i: number;
  score: number;
  assessment: Assessment;
}

/** Full-text search over a corpus's passages that understands questions and refuses what it cannot answer. */
export class SearchIndex {
  private readonly scorer: CandidateScorer;

  private constructor(
    private readonly engine: MiniSearch<IndexedPassage>,
    private readonly vocabulary: Vocabulary,
    private readonly passages: Passage[],
  ) {
    this.scorer = new CandidateScorer(engine as MiniSearch<never>, FIELD_BOOSTS);
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
    const titleTerms = new Map<string, string>();
    const counter = Vocabulary.counter();
    passages.forEach((passage, i) => {
      const terms = indexTerms(passage.text);
      counter.add(terms);
      let title = titleTerms.get(passage.title);
      if (title === undefined) titleTerms.set(passage.title, (title = indexTerms(passage.title).join(' ')));
      engine.add({ i, text: terms.join(' '), title });
      if ((i + 1) % 1000 === 0) opts.onProgress?.(i + 1, passages.length);
    });
    opts.onProgress?.(passages.length, passages.length);
    return new SearchIndex(engine, counter.done(), passages);
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
    const saved = data as {
      version?: unknown;
      fingerprint?: unknown;
      engine?: unknown;
      vocabulary?: unknown;
    };
    if (typeof saved !== 'object' || saved === null) throw new Error('search: cached index is not an object');
    if (saved.version !== ANALYSIS_VERSION) {
      throw new Error(
        `search: cached index is version ${String(saved.version)}, expected ${ANALYSIS_VERSION}`,
      );
    }
    if (saved.fingerprint !== fingerprint(passages))
      throw new Error('search: cached index is for other passages');
    let engine: MiniSearch<IndexedPassage>;
    try {
      engine = MiniSearch.loadJS(saved.engine as AsPlainObject, MINISEARCH_OPTIONS);
    } catch (error) {
      throw new Error(`search: cached index is corrupt (${(error as Error).message})`, { cause: error });
    }
    if (engine.documentCount !== passages.length) throw new Error('search: cached index has the wrong size');
    return new SearchIndex(engine, Vocabulary.fromJSON(saved.vocabulary), passages);
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
    const plan = planQuery(String(query ?? ''), this.vocabulary);
    if (plan.termIndex.size === 0 || limit === 0) return [];
    const ranked = this.rank(plan);
    if (ranked.length === 0 || !answers(plan, ranked[0]!.assessment)) return [];
    return ranked.slice(offset, offset + limit).map((c) => this.toResult(c, plan));
  }

  /**
   * Candidate generation then re-ranking. The inverted index only sees the most informative terms whose posting
   * lists fit POSTINGS_BUDGET: a query's cost is the length of the lists it walks, and on a large corpus the
   * common words ("state", "people") have lists as long as the corpus while adding little to which passages
   * qualify. Every term still counts in the re-ranking, which reads the few candidates' sentences.
   */
  private rank(plan: QueryPlan): Candidate[] {
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
        const assessment = assessPassage(passage.text, passage.title, plan);
        const score =
          0.4 * (hit.score / best) +
          assessment.coverage +
          0.6 * assessment.sentenceCoverage +
          (assessment.cueMatched ? 0.15 : 0) +
          0.2 * assessment.proximity;
        return { i: hit.id as number, score, assessment };
      })
      .sort((a, b) => b.score - a.score);
  }

  private toResult(candidate: Candidate, plan: QueryPlan): SearchResult {
    const passage = this.passages[candidate.i]!;
    const { best, tokens } = candidate.assessment;
    const excerpt = renderExcerpt(
      passage.text,
      best,
      tokens,
      (t) => t.term !== null && plan.termIndex.has(t.term),
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
 * The one-line citation of a passage: `title — ¶ n — source`, with the window number when a long paragraph was
 * split (`¶ 12 (part 2)`).
 */
export function citationOf(passage: Passage): string {
  const where =
    passage.part === undefined ? `¶ ${passage.passage}` : `¶ ${passage.passage} (part ${passage.part})`;
  return `${passage.title} — ${where} — ${passage.source}`;
}

/** FNV-1a over the passages' ids and texts: tells a cached index that was built for other passages. */
function fingerprint(passages: Passage[]): string {
  let hash = 0x811c9dc5;
  for (const p of passages) {
    for (const key of [p.id, p.text]) {
      for (let k = 0; k < key.length; k++) hash = Math.imul(hash ^ key.charCodeAt(k), 0x01000193) >>> 0;
    }
  }
  return `${passages.length}-${hash.toString(16)}`;
}
