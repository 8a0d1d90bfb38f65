import { editDistance } from './edit-distance.ts';

/**
 * The corpus's index terms with their document frequencies: what the query planner needs to weigh words by rarity,
 * tell known words from typos, and keep expansions to words that can match at all.
 */
export class Vocabulary {
  /** Number of passages. */
  readonly size: number;
  private readonly df: Map<string, number>;
  // Sorted terms serve prefix and typo look-ups by binary search. Unlike a radix tree this costs nothing to
  // restore from the cache (it is saved sorted), so loading an index never stalls a bot's event loop.
  private readonly sorted: string[];

  private constructor(df: Map<string, number>, size: number, sorted: string[]) {
    this.df = df;
    this.size = size;
    this.sorted = sorted;
  }

  /**
   * Counts document frequencies while passages are indexed: `add` each passage's text terms (it returns them
   * without repeats) and its title's terms once, then `done`.
   */
  static counter(): { add(terms: string[], titleTerms?: string[]): string[]; done(): Vocabulary } {
    // One record per term (its count and the last passage that counted it): a single map look-up per word,
    // which matters at 100k passages.
    const counts = new Map<string, { df: number; last: number }>();
    let size = 0;
    return {
      add(terms, titleTerms = []) {
        size++;
        const distinct: string[] = [];
        const count = (term: string): boolean => {
          const seen = counts.get(term);
          if (seen === undefined) counts.set(term, { df: 1, last: size });
          else if (seen.last === size) return false;
          else {
            seen.df++;
            seen.last = size;
          }
          return true;
        };
        for (const term of terms) if (count(term)) distinct.push(term);
        // Title words are the passage's words too: "Trump" is in no speech's text, only in its title.
        for (const term of titleTerms) count(term);
        return distinct;
      },
      done() {
        const df = new Map<string, number>();
        for (const [term, count] of counts) df.set(term, count.df);
        return new Vocabulary(df, size, [...df.keys()].sort());
      },
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

  /** Index of the first sorted term ≥ `key`. */
  private lowerBound(key: string): number {
    let lo = 0;
    let hi = this.sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.sorted[mid]! < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Known terms that start with `prefix`, at most `limit` of them, in alphabetical order. */
  withPrefix(prefix: string, limit: number): string[] {
    const found: string[] = [];
    for (let k = this.lowerBound(prefix); k < this.sorted.length && found.length < limit; k++) {
      if (!this.sorted[k]!.startsWith(prefix)) break;
      found.push(this.sorted[k]!);
    }
    return found;
  }

  /**
   * Known terms within `maxDistance` edits of `term` (or spelt alike but for doubled letters), closest and then
   * most frequent first. Only terms with the same first letter are considered: typos rarely hit it, and it keeps
   * the scan to a small slice of the list.
   */
  near(term: string, maxDistance: number): { term: string; distance: number }[] {
    const found: { term: string; distance: number; df: number }[] = [];
    const first = term[0] ?? '';
    const single = undoubled(term);
    for (let k = this.lowerBound(first); k < this.sorted.length; k++) {
      const candidate = this.sorted[k]!;
      if (!candidate.startsWith(first)) break;
      // A letter doubled in the wrong place ("tarrif", "Missisipi") is one slip, however many edits it takes.
      // Undoubling keeps the last letter and shortens a word by its doubled letters: a cheap test before the regex.
      const undoublable =
        candidate.length >= single.length &&
        candidate.length <= single.length + MAX_DOUBLED &&
        candidate.endsWith(single.at(-1) ?? '');
      if (undoublable && candidate !== term && undoubled(candidate) === single) {
        found.push({ term: candidate, distance: 1, df: this.frequency(candidate) });
        continue;
      }
      if (Math.abs(candidate.length - term.length) > maxDistance) continue;
      const distance = editDistance(term, candidate, maxDistance);
      if (distance <= maxDistance) found.push({ term: candidate, distance, df: this.frequency(candidate) });
    }
    return found
      .sort((a, b) => a.distance - b.distance || b.df - a.df)
      .map(({ term: t, distance }) => ({ term: t, distance }));
  }

  /** Terms (sorted) and frequencies as two arrays, for the on-disk cache. */
  toJSON(): { terms: string[]; counts: number[]; size: number } {
    return { terms: this.sorted, counts: this.sorted.map((t) => this.frequency(t)), size: this.size };
  }

  /** Inverse of {@link Vocabulary.toJSON}; throws when the shape is wrong. */
  static fromJSON(data: unknown): Vocabulary {
    const d = data as { terms?: unknown; counts?: unknown; size?: unknown };
    if (!Array.isArray(d?.terms) || !Array.isArray(d.counts) || d.terms.length !== d.counts.length) {
      throw new Error('search: cached vocabulary is malformed');
    }
    if (typeof d.size !== 'number') throw new Error('search: cached vocabulary has no passage count');
    const terms = d.terms.map(String);
    const counts = d.counts as unknown[];
    const df = new Map<string, number>();
    terms.forEach((term, i) => df.set(term, Number(counts[i])));
    return new Vocabulary(df, d.size, terms);
  }
}

/** Most letters a word may have doubled and still be read as one slip from its undoubled spelling. */
const MAX_DOUBLED = 3;

/**
 * A word with each run of a repeated letter written once: "tarrif" and "tariff" both read "tarif".
 *
 * @example undoubled('mississippi') // 'misisipi'
 */
function undoubled(word: string): string {
  return word.replace(/(.)\1+/g, '$1');
}
