import type { CorpusDocument, Passage } from '../corpus/types.ts';
import { inSlices } from '../search/slices.ts';

/**
 * Passages as the cache stores them: one array per field rather than one object per passage. Strings a
 * document's passages repeat (docId, title, source) are stored once in `strings` and referred to by index, and
 * the windows of a long paragraph, which overlap by a sentence, are stored as ranges of one `texts` entry. A
 * restored passage's text is then a slice of that entry (V8 keeps it as a view, not a copy), so the overlap is
 * held once in memory rather than twice, and 100k passages share a few hundred title strings.
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
  /** Paragraph texts (windows merged where they overlap). */
  texts: string[];
  /** Per passage: which `texts` entry holds its text, and where (`end` exclusive). */
  text: number[];
  start: number[];
  end: number[];
}

/** Length of the longest end of `before` that `after` starts with (windows repeat one sentence). */
function overlap(before: string, after: string): number {
  const head = after.slice(0, 16);
  for (let at = before.lastIndexOf(head); at >= 0; at = before.lastIndexOf(head, at - 1)) {
    if (after.startsWith(before.slice(at))) return before.length - at;
    if (at === 0) break;
  }
  return 0;
}

/** Turns passages into {@link PassageColumns}. */
export function toColumns(passages: readonly Passage[]): PassageColumns {
  const slots = new Map<string, number>();
  const c: PassageColumns = {
    strings: [],
    docId: [],
    title: [],
    source: [],
    id: [],
    passage: [],
    part: [],
    texts: [],
    text: [],
    start: [],
    end: [],
  };
  const slot = (value: string): number => {
    let at = slots.get(value);
    if (at === undefined) slots.set(value, (at = c.strings.push(value) - 1));
    return at;
  };
  // The paragraph being merged: its pieces so far and its length; and the passage before.
  let pieces: string[] = [];
  let length = 0;
  let previous: Passage | undefined;
  const close = (): void => {
    if (pieces.length > 0) c.texts.push(pieces.join(''));
    pieces = [];
    length = 0;
  };
  for (const p of passages) {
    const sameParagraph = previous?.docId === p.docId && previous.passage === p.passage;
    const shared = sameParagraph && previous ? overlap(previous.text, p.text) : 0;
    // The previous window always ends the merged text, so an overlap with it is an overlap with the text.
    let start: number;
    if (shared > 0) {
      start = length - shared;
      pieces.push(p.text.slice(shared));
    } else {
      if (!sameParagraph) close();
      start = length;
      pieces.push(p.text);
    }
    length = start + p.text.length;
    previous = p;
    c.docId.push(slot(p.docId));
    c.title.push(slot(p.title));
    c.source.push(slot(p.source));
    c.id.push(p.id);
    c.passage.push(p.passage);
    c.part.push(p.part ?? 0);
    c.text.push(c.texts.length);
    c.start.push(start);
    c.end.push(length);
  }
  close();
  return c;
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
 * Checks every column of {@link PassageColumns} and makes the documents share the string copies their passages
 * will use; returns a function that rebuilds the passage at a position.
 *
 * @throws Error naming what is wrong when the columns are damaged: a corrupt cache is rebuilt, never served.
 */
function columnsReader(
  data: unknown,
  documents: CorpusDocument[],
): { count: number; at: (i: number) => Passage } {
  const c = data as Partial<PassageColumns> | null;
  if (typeof c !== 'object' || c === null || !isStringArray(c.id)) fail('no id column');
  const count = c.id.length;
  if (!isStringArray(c.strings) || !isStringArray(c.texts)) fail('no string tables');
  for (const key of ['docId', 'title', 'source', 'passage', 'part', 'text', 'start', 'end'] as const) {
    if (!isIntegerArray(c[key], count)) fail(`column ${key}`);
  }
  const { strings, texts, docId, title, source, id, passage, part, text, start, end } = c as PassageColumns;
  const string = (at: number): string => strings[at] ?? fail(`string ${at} is missing`);
  const shared = new Map(strings.map((s) => [s, s]));
  for (const d of documents) {
    d.docId = shared.get(d.docId) ?? d.docId;
    d.title = shared.get(d.title) ?? d.title;
    d.source = shared.get(d.source) ?? d.source;
  }
  const at = (i: number): Passage => {
    const whole = texts[text[i]!] ?? fail(`text ${text[i]} is missing`);
    const from = start[i]!;
    const to = end[i]!;
    if (from > to || to > whole.length) fail(`passage ${id[i]} lies outside its text`);
    const body = whole.slice(from, to);
    const [doc, t, src, n, p] = [
      string(docId[i]!),
      string(title[i]!),
      string(source[i]!),
      passage[i]!,
      part[i]!,
    ];
    // Two literals, not a spread: every passage then shares one of two hidden classes, laid out in-object.
    return p === 0
      ? { id: id[i]!, docId: doc, title: t, source: src, passage: n, text: body }
      : { id: id[i]!, docId: doc, title: t, source: src, passage: n, part: p, text: body };
  };
  return { count, at };
}

/**
 * Rebuilds passages from {@link PassageColumns}, checking every column, and makes the documents share the same
 * string copies as their passages.
 *
 * @throws Error naming what is wrong when the columns are damaged: a corrupt cache is rebuilt, never served.
 */
export function fromColumns(data: unknown, documents: CorpusDocument[]): Passage[] {
  const { count, at } = columnsReader(data, documents);
  return Array.from({ length: count }, (_, i) => at(i));
}

/** Like {@link fromColumns}, but yields to the event loop every few ms (a reload while questions keep coming). */
export async function fromColumnsInSlices(
  data: unknown,
  documents: CorpusDocument[],
  sliceMs = 5,
): Promise<Passage[]> {
  const { count, at } = columnsReader(data, documents);
  const passages: Passage[] = [];
  await inSlices(count, (i) => passages.push(at(i)), 1024, sliceMs);
  return passages;
}
