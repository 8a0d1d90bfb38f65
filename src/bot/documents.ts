import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { LIMITS } from '../render/payload.ts';
import type { Paragraph } from '../render/source.ts';
import { truncate } from '../render/text.ts';
import { citationOf } from '../search/search-index.ts';

/** An autocomplete choice for `/source document:`. */
export interface DocumentChoice {
  name: string;
  value: string;
}

/**
 * Documents ranked for what the user has typed: exact title or id, then titles starting with it, then titles or
 * ids containing it; for an empty field the largest documents, which are most likely worth quoting.
 * Matching ignores case, accents and curly quotes.
 */
export function suggestDocuments(documents: CorpusDocument[], typed: string): CorpusDocument[] {
  const q = fold(typed);
  if (q === '')
    return [...documents].sort((a, b) => b.passageCount - a.passageCount).slice(0, LIMITS.choices);
  const tier = (d: CorpusDocument): number => {
    const title = fold(d.title);
    const id = fold(d.docId);
    if (title === q || id === q) return 0;
    if (title.startsWith(q) || id.startsWith(q)) return 1;
    if (title.includes(q) || id.includes(q)) return 2;
    return 3;
  };
  return documents
    .map((d) => ({ d, tier: tier(d) }))
    .filter((x) => x.tier < 3)
    .sort((a, b) => a.tier - b.tier || a.d.title.localeCompare(b.d.title))
    .slice(0, LIMITS.choices)
    .map((x) => x.d);
}

/**
 * Autocomplete choices for documents: the title as the name (with the file when two titles are the same), and a
 * value {@link findDocument} resolves.
 */
export function documentChoices(documents: CorpusDocument[]): DocumentChoice[] {
  const seen = new Map<string, number>();
  for (const d of documents) seen.set(d.title, (seen.get(d.title) ?? 0) + 1);
  return documents.map((d) => ({
    name: truncate(seen.get(d.title)! > 1 ? `${d.title} (${d.docId})` : d.title, LIMITS.choiceText),
    value: choiceValue(d.docId),
  }));
}

/**
 * The document a `/source document:` value names: a choice picked from autocomplete, an exact id or title, or —
 * when the user typed without picking — the first suggestion for what they typed.
 */
export function findDocument(documents: CorpusDocument[], value: string): CorpusDocument | undefined {
  return (
    documents.find((d) => choiceValue(d.docId) === value) ??
    documents.find((d) => fold(d.title) === fold(value)) ??
    (fold(value) === '' ? undefined : suggestDocuments(documents, value)[0])
  );
}

/**
 * A document's paragraphs in order, windows of a long paragraph joined back together, each with its citation.
 */
export function paragraphsOf(corpus: Corpus, docId: string): Paragraph[] {
  const byNumber = new Map<number, Paragraph>();
  for (const p of corpus.passages) {
    if (p.docId !== docId) continue;
    const seen = byNumber.get(p.passage);
    if (seen) seen.text = joinWindows(seen.text, p.text);
    else
      byNumber.set(p.passage, {
        docId,
        passage: p.passage,
        citation: citationOf({ ...p, part: undefined }),
        text: p.text,
      });
  }
  return [...byNumber.values()];
}

/**
 * Appends a window to the text before it. Windows of a long paragraph repeat the previous window's last sentence,
 * so the longest overlap (cut between words) is dropped rather than quoted twice.
 */
function joinWindows(before: string, next: string): string {
  for (let k = Math.min(before.length, next.length); k > 0; k--) {
    const wordBoundary = (next[k] ?? ' ') === ' ' && (before[before.length - k - 1] ?? ' ') === ' ';
    if (wordBoundary && before.endsWith(next.slice(0, k))) return before + next.slice(k);
  }
  return `${before} ${next}`;
}

/**
 * The choice value for a document: its id, or for an id longer than Discord allows, a short stable hash of it.
 */
function choiceValue(docId: string): string {
  if (docId.length <= LIMITS.choiceText) return docId;
  let hash = 0x811c9dc5;
  for (let i = 0; i < docId.length; i++) hash = Math.imul(hash ^ docId.charCodeAt(i), 0x01000193) >>> 0;
  return `#${hash.toString(16)}`;
}

function fold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .toLowerCase()
    .trim();
}
