import type { CorpusDocument, Passage } from '../corpus/types.ts';

/**
 * Passages as the cache stores them: one array per field rather than one object per passage, with the strings a
 * document's passages repeat (docId, title, source) stored once in `strings` and referred to by index. Restored
 * passages then share one copy of each such string instead of holding 100k copies of the same title.
 */
export interface PassageColumns {
  strings: string[];
  docId: number[];
  title: number[];
  source: number[];
  id: string[];
  passage: number[];
  /** 0 when the passage is a whole paragraph (no `part`). */
  part: number[];
  text: string[];
}

/** Turns passages into {@link PassageColumns}. */
export function toColumns(passages: readonly Passage[]): PassageColumns {
  const strings: string[] = [];
  const slots = new Map<string, number>();
  const slot = (value: string): number => {
    let at = slots.get(value);
    if (at === undefined) slots.set(value, (at = strings.push(value) - 1));
    return at;
  };
  const columns: PassageColumns = {
    strings,
    docId: [],
    title: [],
    source: [],
    id: [],
    passage: [],
    part: [],
    text: [],
  };
  for (const p of passages) {
    columns.docId.push(slot(p.docId));
    columns.title.push(slot(p.title));
    columns.source.push(slot(p.source));
    columns.id.push(p.id);
    columns.passage.push(p.passage);
    columns.part.push(p.part ?? 0);
    columns.text.push(p.text);
  }
  return columns;
}

function fail(what: string): never {
  throw new Error(`library: cached passages are corrupt (${what})`);
}

function isIntegerArray(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((n) => Number.isInteger(n) && n >= 0);
}

function isStringArray(value: unknown, length?: number): value is string[] {
  return (
    Array.isArray(value) &&
    (length === undefined || value.length === length) &&
    value.every((s) => typeof s === 'string')
  );
}

/**
 * Rebuilds passages from {@link PassageColumns}, checking every column, and makes the documents share the same
 * string copies as their passages.
 *
 * @throws Error naming what is wrong when the columns are damaged: a corrupt cache is rebuilt, never served.
 */
export function fromColumns(data: unknown, documents: CorpusDocument[]): Passage[] {
  const c = data as Partial<PassageColumns> | null;
  if (typeof c !== 'object' || c === null || !isStringArray(c.text)) fail('no text column');
  const count = c.text.length;
  const { strings } = c;
  if (!isStringArray(strings)) fail('no string table');
  for (const key of ['docId', 'title', 'source', 'passage', 'part'] as const) {
    if (!isIntegerArray(c[key], count)) fail(`column ${key}`);
  }
  if (!isStringArray(c.id, count)) fail('column id');
  const string = (at: number): string => strings[at] ?? fail(`string ${at} is missing`);
  const shared = new Map(strings.map((s) => [s, s]));
  for (const d of documents) {
    d.docId = shared.get(d.docId) ?? d.docId;
    d.title = shared.get(d.title) ?? d.title;
    d.source = shared.get(d.source) ?? d.source;
  }
  const { docId, title, source, id, passage, part, text } = c as PassageColumns;
  return text.map((body, i): Passage => {
    const base = {
      id: id[i]!,
      docId: string(docId[i]!),
      title: string(title[i]!),
      source: string(source[i]!),
      passage: passage[i]!,
    };
    const n = part[i]!;
    return n === 0 ? { ...base, text: body } : { ...base, part: n, text: body };
  });
}
