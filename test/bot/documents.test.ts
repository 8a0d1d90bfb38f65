import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { documentChoices, findDocument, paragraphsOf, suggestDocuments } from '../../src/bot/documents.ts';
import type { Corpus, CorpusDocument } from '../../src/corpus/types.ts';
import { tempLibrary } from './helpers.ts';

const doc = (docId: string, title: string, passageCount = 1): CorpusDocument => ({
  docId,
  title,
  source: 's',
  passageCount,
  paragraphCount: passageCount,
  contentHash: '',
});

const documents = [
  doc('a.txt', 'Sanctions on Iran', 3),
  doc('b.txt', 'Iran', 1),
  doc('c.txt', 'Oil and Iran’s economy', 9),
  doc('d.txt', 'Café culture', 2),
];

describe('suggestDocuments', () => {
  it('ranks exact, then prefix, then contains', () => {
    expect(suggestDocuments(documents, 'iran').map((d) => d.title)).toEqual([
      'Iran',
      'Oil and Iran’s economy',
      'Sanctions on Iran',
    ]);
    expect(suggestDocuments(documents, 'sanc').map((d) => d.docId)).toEqual(['a.txt']);
  });

  it('ignores case, accents and curly quotes', () => {
    expect(suggestDocuments(documents, 'CAFE')[0]?.docId).toBe('d.txt');
    expect(suggestDocuments(documents, "iran's")[0]?.docId).toBe('c.txt');
  });

  it('offers the largest documents for an empty field, never more than 25', () => {
    const many = Array.from({ length: 40 }, (_, i) => doc(`${i}.txt`, `Doc ${i}`, i));
    const suggested = suggestDocuments(many, '');
    expect(suggested).toHaveLength(25);
    expect(suggested[0]?.docId).toBe('39.txt');
  });
});

describe('documentChoices and findDocument', () => {
  it('keeps names and values within 100 characters and resolves the value back', () => {
    const long = doc(`${'folder/'.repeat(20)}x.txt`, 'T'.repeat(150));
    const [choice] = documentChoices([long]);
    expect(choice!.name.length).toBeLessThanOrEqual(100);
    expect(choice!.value.length).toBeLessThanOrEqual(100);
    expect(findDocument([...documents, long], choice!.value)).toBe(long);
  });

  it('tells documents with the same title apart by their file', () => {
    const names = documentChoices([
      doc('x/a.txt', 'Report'),
      doc('y/a.txt', 'Report'),
      doc('z.txt', 'Other'),
    ]);
    expect(names.map((c) => c.name)).toEqual(['Report (x/a.txt)', 'Report (y/a.txt)', 'Other']);
  });

  it('finds a document by id, by title, or by the first suggestion for what was typed', () => {
    expect(findDocument(documents, 'c.txt')?.docId).toBe('c.txt');
    expect(findDocument(documents, 'iran')?.docId).toBe('b.txt');
    expect(findDocument(documents, 'economy')?.docId).toBe('c.txt');
    expect(findDocument(documents, 'nothing like it')).toBeUndefined();
  });
});

describe('paragraphsOf', () => {
  let corpus: Corpus;
  let cleanup: () => Promise<void>;
  const sentence = (i: number) => `Sentence number ${i} talks about the harbour and its many ships.`;
  const long = Array.from({ length: 40 }, (_, i) => sentence(i + 1)).join(' ');

  beforeAll(async () => {
    const made = await tempLibrary({ 'long.txt': `Long one\n\nShort first paragraph.\n\n${long}` });
    corpus = made.library.current.corpus;
    cleanup = made.cleanup;
  });
  afterAll(() => cleanup());

  it('joins the windows of a long paragraph back into the paragraph, without repeating the overlap', () => {
    expect(corpus.passages.filter((p) => p.passage === 2).length).toBeGreaterThan(1);
    const paragraphs = paragraphsOf(corpus, 'long.txt');
    expect(paragraphs.map((p) => p.passage)).toEqual([1, 2]);
    expect(paragraphs[1]?.text).toBe(long);
    expect(paragraphs[1]?.citation).toBe('Long one — ¶ 2 — long.txt');
  });
});
