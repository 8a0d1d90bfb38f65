import type { SearchResult } from '../../src/search/types.ts';

/** A search result as the search module returns it; `text` defaults to the excerpt without markers. */
export function result(n: number, over: Partial<SearchResult> = {}): SearchResult {
  const excerpt = over.excerpt ?? `Passage ${n} says the **answer** is here.`;
  return {
    id: `doc${n}.txt#${n}`,
    docId: `doc${n}.txt`,
    title: `Document ${n}`,
    source: 'example.org',
    passage: n,
    text: excerpt.replace(/\*\*/g, ''),
    score: 1 / n,
    excerpt,
    citation: `Document ${n} — ¶ ${n} — example.org`,
    ...over,
  };
}

/** A long run of words (each 1–12 letters plus a space, with Unicode and Markdown mixed in). */
export function longText(chars: number): string {
  const words = [
    'lorem',
    'ipsum',
    'Ünïcödé',
    '😀',
    '*star*',
    '__under__',
    '`tick`',
    '“quoted”',
    'naïve',
    '👍🏽',
  ];
  let out = '';
  for (let i = 0; out.length < chars; i++) out += `${words[i % words.length]} `;
  return out.trim();
}
