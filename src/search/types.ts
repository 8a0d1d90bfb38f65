import type { Passage } from '../corpus/types.ts';

/** A passage that answers a question, with what to show for it. */
export interface SearchResult extends Passage {
  /** Relevance score; only meaningful relative to other results of the same question. */
  score: number;
  /** The sentence or two of the passage that best answer the question, matched words in **bold**. */
  excerpt: string;
  /** One line: `title — ¶ n — source`. */
  citation: string;
}

/** Options for one search. */
export interface SearchOptions {
  /** How many results to return (default 3). */
  limit?: number;
  /** How many of the best results to skip, for paging (default 0). */
  offset?: number;
}
