import type MiniSearch from 'minisearch';
import type { TitleIndex } from './title-index.ts';

/**
 * The parts of minisearch's index that {@link CandidateScorer} reads. They are `protected` members of MiniSearch
 * 7 (a documented extension point for subclasses), read here from an instance that `MiniSearch.loadJS` may have
 * created; test/search/candidates.test.ts pins the layout by comparing against `MiniSearch#search`.
 */
interface EngineInternals {
  /** term → field id → short document id → term frequency. */
  _index: { get(term: string): Map<number, Map<number, number>> | undefined };
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _documentCount: number;
  _documentIds: Map<number, unknown>;
}

/** BM25 parameters; the same defaults as minisearch so both rank alike. */
const BM25 = { k: 1.2, b: 0.7, d: 0.5 };

/** Queries between resets of the stamp array (each takes 256 stamp values of an Int32Array). */
const MAX_QUERY_NUMBER = 2 ** 22;

/** A passage the inverted index found, with its BM25 score. */
export interface Candidate {
  /** The id the passage was added to minisearch with. */
  id: unknown;
  score: number;
}

/**
 * Scores passages with minisearch's own BM25 (and its bonus for matching several query terms), but in a tight loop
 * over typed arrays. `MiniSearch#search` allocates a result object per matching posting, about 3 µs each: at 100k
 * passages a question whose words are common walks hundreds of thousands of postings, i.e. hundreds of ms. This
 * walks the same postings in a few ms and keeps only the best `limit` passages.
 */
export class CandidateScorer {
  private readonly engine: EngineInternals;
  private readonly boosts: [fieldId: number, boost: number][];
  private readonly titles: { index: TitleIndex; boost: number } | undefined;
  private norms: Float64Array[] | undefined;
  private scores: Float64Array | undefined;
  private stamps: Int32Array | undefined;
  private matchedTerms: Uint8Array | undefined;
  private queryNumber = 0;

  /**
   * @param fieldBoosts Boost of each minisearch field scored; the first is the one {@link passagesWith} reads.
   * @param titles A title field kept outside minisearch (see title-index.ts), scored after the others; its
   *   passage indexes must be the minisearch ids the passages were added with, in order (short id = index).
   */
  constructor(
    engine: MiniSearch<never>,
    fieldBoosts: Record<string, number>,
    titles?: { index: TitleIndex; boost: number },
  ) {
    this.engine = engine as unknown as EngineInternals;
    this.boosts = Object.entries(fieldBoosts).map(([field, boost]) => [this.engine._fieldIds[field]!, boost]);
    this.titles = titles;
    // Done now rather than on the first question, which should be as quick as the rest.
    this.prepare();
  }

  /** Ids of up to `limit` passages whose text contains `term` (in index order). */
  passagesWith(term: string, limit: number): unknown[] {
    const postings = this.engine._index.get(term)?.get(this.boosts[0]![0]);
    const ids: unknown[] = [];
    for (const doc of postings?.keys() ?? []) {
      ids.push(this.engine._documentIds.get(doc));
      if (ids.length === limit) break;
    }
    return ids;
  }

  /** Per field, the BM25 length normaliser of every document, computed on first use. */
  private prepare(): Float64Array[] {
    if (this.norms) return this.norms;
    let size = 0;
    for (const shortId of this.engine._fieldLength.keys()) size = Math.max(size, shortId + 1);
    this.norms = this.boosts.map(([fieldId]) => {
      const norm = new Float64Array(size);
      const average = this.engine._avgFieldLength[fieldId] || 1;
      for (const [shortId, lengths] of this.engine._fieldLength) {
        norm[shortId] = BM25.k * (1 - BM25.b + (BM25.b * (lengths[fieldId] ?? 0)) / average);
      }
      return norm;
    });
    this.scores = new Float64Array(size);
    this.stamps = new Int32Array(size);
    this.matchedTerms = new Uint8Array(size);
    return this.norms;
  }

  /**
   * The `limit` best passages for weighted index terms, best first.
   *
   * @example scorer.top(new Map([['harbour', 1], ['port', 0.4]]), 40)
   */
  top(weights: Map<string, number>, limit: number): Candidate[] {
    const norms = this.prepare();
    const scores = this.scores!;
    const stamps = this.stamps!;
    const matchedTerms = this.matchedTerms!;
    const touched: number[] = [];
    const total = this.engine._documentCount;
    let termNumber = 0;
    // Stamps tell "first touched by this query" and "already counted for this term" without clearing arrays.
    if (this.queryNumber >= MAX_QUERY_NUMBER) {
      stamps.fill(0);
      this.queryNumber = 0;
    }
    const query = (this.queryNumber += 1) * 256;
    const credit = (doc: number, score: number, stamp: number): void => {
      if (stamps[doc]! < query) {
        stamps[doc] = stamp;
        scores[doc] = score;
        matchedTerms[doc] = 1;
        touched.push(doc);
      } else {
        scores[doc]! += score;
        if (stamps[doc] !== stamp) {
          stamps[doc] = stamp;
          matchedTerms[doc]! += 1;
        }
      }
    };
    for (const [term, weight] of weights) {
      const fields = this.engine._index.get(term);
      const titled = this.titles?.index.passagesWith(term);
      if (!fields && !titled) continue;
      const stamp = query + (termNumber = Math.min(termNumber + 1, 255));
      this.boosts.forEach(([fieldId, boost], f) => {
        const postings = fields?.get(fieldId);
        if (!postings) return;
        const norm = norms[f]!;
        const idf = Math.log(1 + (total - postings.size + 0.5) / (postings.size + 0.5));
        for (const [doc, tf] of postings) {
          credit(doc, weight * boost * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm[doc]!)), stamp);
        }
      });
      if (titled) this.creditTitles(term, weight, titled, stamp, credit);
    }
    return bestOf(touched, (doc) => scores[doc]! * matchedTerms[doc]!, limit).map(([doc, score]) => ({
      id: this.engine._documentIds.get(doc),
      score,
    }));
  }

  /**
   * Scores the passages whose title has `term` as minisearch scored its title field. All passages of one title
   * score alike, and a title's passages mostly come in a row, so the score is computed once per run of them.
   */
  private creditTitles(
    term: string,
    weight: number,
    passages: Int32Array,
    stamp: number,
    credit: (doc: number, score: number, stamp: number) => void,
  ): void {
    const { index, boost } = this.titles!;
    const total = this.engine._documentCount;
    const idf = Math.log(1 + (total - passages.length + 0.5) / (passages.length + 0.5));
    const average = index.averageLength || 1;
    let title = -1;
    let score = 0;
    for (const doc of passages) {
      if (index.titleNumber(doc) !== title) {
        title = index.titleNumber(doc);
        const { tf, length } = index.frequency(title, term);
        const norm = BM25.k * (1 - BM25.b + (BM25.b * length) / average);
        score = weight * boost * idf * (BM25.d + (tf * (BM25.k + 1)) / (tf + norm));
      }
      credit(doc, score, stamp);
    }
  }
}

/** The `limit` highest-scoring items, best first, without sorting them all. */
function bestOf(items: number[], scoreOf: (item: number) => number, limit: number): [number, number][] {
  const best: [number, number][] = [];
  for (const item of items) {
    const score = scoreOf(item);
    if (best.length === limit && score <= best[limit - 1]![1]) continue;
    let at = best.length;
    while (at > 0 && best[at - 1]![1] < score) at--;
    best.splice(at, 0, [item, score]);
    if (best.length > limit) best.pop();
  }
  return best;
}
