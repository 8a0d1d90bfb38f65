import type { Passage } from '../corpus/types.ts';
import { indexTerms } from './analyze.ts';
import { YEAR } from './reading.ts';
import { inSlices } from './slices.ts';

/** One distinct title: its index terms, how often each occurs, and its BM25 length (distinct terms). */
interface Title {
  terms: string[];
  counts: Map<string, number>;
  length: number;
}

/**
 * The passages' titles as a search field kept outside minisearch. Every window of a long document repeats its
 * title, so in minisearch each title term cost one posting per passage (at 100k passages over half a million,
 * ~20 MB of Map entries, "state" and "union" in every speech's). Here a distinct title is analysed and stored
 * once and a term's passages are one Int32Array, while BM25 sees exactly what minisearch's title field held:
 * the same postings in the same order, term frequencies and lengths.
 */
export class TitleIndex {
  /** Use {@link TitleIndex.build}. */
  constructor(
    private readonly titles: Title[],
    /** Passage index → its title's index in `titles`. */
    private readonly titleOf: Int32Array,
    /** Term → indexes of the passages whose title has it, ascending. */
    private readonly postings: Map<string, Int32Array>,
    /** Average title length over passages, computed as minisearch averages a field's length. */
    readonly averageLength: number,
  ) {}

  /** Analyses each distinct title of `passages` once. */
  static build(passages: Passage[]): TitleIndex {
    const builder = new TitleIndexBuilder(passages.length);
    passages.forEach((passage, i) => builder.add(passage, i));
    return builder.done();
  }

  /**
   * {@link TitleIndex.build} in slices of a few ms (at 100k passages the whole takes tens of ms), for a restore
   * on a main thread that keeps answering.
   */
  static async buildInSlices(passages: Passage[]): Promise<TitleIndex> {
    const builder = new TitleIndexBuilder(passages.length);
    await inSlices(passages.length, (i) => builder.add(passages[i]!, i), 256);
    return builder.done();
  }

  /** The index terms of passage `i`'s title (shared with its document's other passages: do not modify). */
  termsOf(i: number): string[] {
    return this.titles[this.titleOf[i]!]!.terms;
  }

  /** Indexes of the passages whose title has `term`, ascending. */
  passagesWith(term: string): Int32Array | undefined {
    return this.postings.get(term);
  }

  /** The number of passage `i`'s title, the same for all passages of one title. */
  titleNumber(i: number): number {
    return this.titleOf[i]!;
  }

  /**
   * The years in the titles that hold, for each list of terms, one of them ("jefferson" → 1801 … 1808): a list no
   * title holds is passed over.
   */
  yearsOfTitlesWith(names: string[][]): number[] {
    let found: Set<number> | undefined;
    for (const terms of names) {
      const titles = new Set<number>();
      for (const term of terms) for (const i of this.postings.get(term) ?? []) titles.add(this.titleOf[i]!);
      if (titles.size > 0)
        found = found === undefined ? titles : new Set([...found].filter((t) => titles.has(t)));
    }
    const years = [...(found ?? [])].flatMap((t) => this.titles[t]!.terms.filter((term) => YEAR.test(term)));
    return [...new Set(years)].map(Number);
  }

  /** How often `term` occurs in title number `t`, and that title's BM25 length. */
  frequency(t: number, term: string): { tf: number; length: number } {
    const title = this.titles[t]!;
    return { tf: title.counts.get(term) ?? 0, length: title.length };
  }
}

/** Collects passages' titles in passage order (see {@link TitleIndex.build}). */
class TitleIndexBuilder {
  private readonly titles: Title[] = [];
  private readonly byText = new Map<string, number>();
  private readonly titleOf: Int32Array;
  private readonly lists = new Map<string, number[]>();
  private averageLength = 0;

  constructor(size: number) {
    this.titleOf = new Int32Array(size);
  }

  /** Adds passage number `i`; passages come in order. */
  add(passage: Passage, i: number): void {
    let t = this.byText.get(passage.title);
    if (t === undefined) {
      const terms = indexTerms(passage.title);
      const counts = new Map<string, number>();
      for (const term of terms) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
      this.byText.set(
        passage.title,
        (t = this.titles.push({ terms, counts, length: new Set(terms).size }) - 1),
      );
    }
    this.titleOf[i] = t;
    const title = this.titles[t]!;
    for (const term of title.counts.keys()) {
      let list = this.lists.get(term);
      if (list === undefined) this.lists.set(term, (list = []));
      list.push(i);
    }
    // minisearch's running average (MiniSearch#addFieldLength), so BM25 normalises exactly as it did.
    this.averageLength = (this.averageLength * i + title.length) / (i + 1);
  }

  done(): TitleIndex {
    const postings = new Map<string, Int32Array>();
    for (const [term, list] of this.lists) postings.set(term, Int32Array.from(list));
    return new TitleIndex(this.titles, this.titleOf, postings, this.averageLength);
  }
}
