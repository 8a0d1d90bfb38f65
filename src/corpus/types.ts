/**
 * One citable unit of a document: a paragraph, or a window of a long paragraph.
 *
 * @example
 * { id: 'news/iran.txt#4', docId: 'news/iran.txt', title: 'Iran’s Supreme Leader…', source: 'iranintl',
 *   passage: 4, part: undefined, text: 'Iran has long funded…' }
 */
export interface Passage {
  /** Stable id: `${docId}#${passage}` or, for a window of a long paragraph, `${docId}#${passage}.${part}`. */
  id: string;
  /** Path of the document relative to the corpus folder, with forward slashes. */
  docId: string;
  /** The document's title (from a heading, a short first line, or the file name). */
  title: string;
  /** Where the document came from (a `Source » …` line), or the file path when it names none. */
  source: string;
  /** 1-based paragraph number within the document (metadata lines are not counted). */
  passage: number;
  /** 1-based window number when a long paragraph was split; absent otherwise. */
  part?: number;
  /** The passage text, white space normalised, original characters (curly quotes) kept. */
  text: string;
}

/** A document of the corpus with what the citation and `/sources` need. */
export interface CorpusDocument {
  docId: string;
  title: string;
  source: string;
  /** Number of passages (windows included) the document yielded. */
  passageCount: number;
  /** Number of paragraphs (the highest `passage` number). */
  paragraphCount: number;
  /** Hex SHA-256 of the file's bytes: tells `/reload` which documents changed. */
  contentHash: string;
}

/** Everything read from a corpus folder. */
export interface Corpus {
  /** Absolute path of the folder that was read. */
  dir: string;
  documents: CorpusDocument[];
  /** All passages of all documents, in document order. */
  passages: Passage[];
  /** One line per file that was skipped, naming it and why. */
  warnings: string[];
  /** Hex SHA-256 over the parser version and every readable file's id and content hash: a cache key (hash.ts). */
  hash: string;
}
