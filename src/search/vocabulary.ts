import SearchableMap from 'minisearch/SearchableMap';

/**
 * The corpus's index terms with their document frequencies: what the query planner needs to weigh words by rarity,
 * tell known words from typos, and keep expansions to words that can match at all.
 */
export class Vocabulary {
  /** Number of passages. */
  readonly size: number;
  private readonly df: Map<string, number>;
  private fuzzyMap: SearchableMap<number> | undefined;

  constructor(df: Map<string, number>, size: number) {
    this.df = df;
    this.size = size;
  }

  /**
   * Counts document frequencies while passages are indexed: `add` each passage's terms once, then `done`.
   */
  static counter(): { add(terms: string[]): void; done(): Vocabulary } {
    const df = new Map<string, number>();
    // Which passage last counted each term: cheaper than a Set per passage on a 100k-passage corpus.
    const lastSeen = new Map<string, number>();
    let size = 0;
    return {
      add(terms) {
        size++;
        for (const term of terms) {
          if (lastSeen.get(term) === size) continue;
          lastSeen.set(term, size);
          df.set(term, (df.get(term) ?? 0) + 1);
        }
      },
      done: () => new Vocabulary(df, size),
    };
  }

  /** Number of passages containing `term` (0 when unknown). */
  frequency(term: string): number {
    return this.df.get(term) ?? 0;
  }

  has(term: string): boolean {
    return this.df.has(term);
  }

  /**
   * BM25 inverse document frequency. An unknown term gets the value of a term seen in no passage — the highest
   * there is — because a word the corpus never uses is the strongest sign that it cannot answer.
   */
  idf(term: string): number {
    const n = this.frequency(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }

  /** Known terms within `maxDistance` edits of `term`, closest and then most frequent first. */
  near(term: string, maxDistance: number): { term: string; distance: number }[] {
    this.fuzzyMap ??= SearchableMap.from<number>(this.df) as SearchableMap<number>;
    return [...this.fuzzyMap.fuzzyGet(term, maxDistance)]
      .map(([found, [df, distance]]) => ({ term: found, distance, df }))
      .sort((a, b) => a.distance - b.distance || b.df - a.df)
      .map(({ term: found, distance }) => ({ term: found, distance }));
  }

  /** Known terms that start with `prefix`, at most `limit` of them. */
  withPrefix(prefix: string, limit: number): string[] {
    this.fuzzyMap ??= SearchableMap.from<number>(this.df) as SearchableMap<number>;
    const found: string[] = [];
    for (const term of this.fuzzyMap.atPrefix(prefix).keys()) {
      found.push(term);
      if (found.length === limit) break;
    }
    return found;
  }

  /** Terms and frequencies as two arrays, for the on-disk cache. */
  toJSON(): { terms: string[]; counts: number[]; size: number } {
    return { terms: [...this.df.keys()], counts: [...this.df.values()], size: this.size };
  }

  /** Inverse of {@link Vocabulary.toJSON}; throws when the shape is wrong. */
  static fromJSON(data: unknown): Vocabulary {
    const d = data as { terms?: unknown; counts?: unknown; size?: unknown };
    if (!Array.isArray(d?.terms) || !Array.isArray(d.counts) || d.terms.length !== d.counts.length) {
      throw new Error('search: cached vocabulary is malformed');
    }
    if (typeof d.size !== 'number') throw new Error('search: cached vocabulary has no passage count');
    const df = new Map<string, number>();
    d.terms.forEach((term, i) => df.set(String(term), Number(d.counts && (d.counts as unknown[])[i])));
    return new Vocabulary(df, d.size);
  }
}
