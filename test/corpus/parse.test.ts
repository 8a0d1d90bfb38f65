import { describe, expect, it } from 'vitest';
import { parseDocument, titleFromFileName } from '../../src/corpus/parse.ts';

describe('parseDocument', () => {
  it('takes the title from a Markdown heading and numbers the paragraphs after it', () => {
    const doc = parseDocument('guide.md', '# Getting started\n\nFirst paragraph.\n\nSecond paragraph.\n');
    expect(doc.title).toBe('Getting started');
    expect(doc.passages.map((p) => [p.passage, p.text])).toEqual([
      [1, 'First paragraph.'],
      [2, 'Second paragraph.'],
    ]);
  });

  it('takes a short first line without closing punctuation as the title', () => {
    const doc = parseDocument('a.txt', 'Ministers Meet In Geneva\n\nThe ministers met on Monday.');
    expect(doc.title).toBe('Ministers Meet In Geneva');
    expect(doc.passages).toHaveLength(1);
  });

  it('keeps a first line that reads as a sentence as a passage and titles the document from its file name', () => {
    const doc = parseDocument('news/2024_annual-review.txt', 'The year began quietly.\n\nThen it did not.');
    expect(doc.title).toBe('2024 annual review');
    expect(doc.passages[0]?.text).toBe('The year began quietly.');
  });

  it('reads a Source line into the citation instead of a passage', () => {
    const doc = parseDocument('a.txt', 'Headline\n\nBody text here.\n\nSource » iranintl');
    expect(doc.source).toBe('iranintl');
    expect(doc.passages.map((p) => p.text)).toEqual(['Body text here.']);
  });

  it('uses the file path as source when the document names none', () => {
    expect(parseDocument('dir/a.txt', 'Body text here.').source).toBe('dir/a.txt');
  });

  it('drops a leading Home breadcrumb, with or without separators', () => {
    const withSeparators = parseDocument('a.txt', 'Home › World › Story\n\nStory\n\nBody.');
    const lostSeparators = parseDocument(
      'b.txt',
      'Home iran Iran’s Leader Speaks\n\nIran’s Leader Speaks\n\nBody.',
    );
    for (const doc of [withSeparators, lostSeparators]) {
      expect(doc.passages.map((p) => p.text)).toEqual(['Body.']);
    }
    expect(lostSeparators.title).toBe('Iran’s Leader Speaks');
  });

  it('normalises white space and keeps curly quotes', () => {
    const doc = parseDocument('a.txt', 'A sentence.\r\n\r\n“Quoted   words,”\twrapped\nacross lines.');
    expect(doc.passages[1]?.text).toBe('“Quoted words,” wrapped across lines.');
  });

  it('gives every passage a stable id, docId, title, source and 1-based number', () => {
    const [first] = parseDocument('x/y.md', '# T\n\nOne.\n\nSource: wire').passages;
    expect(first).toEqual({
      id: 'x/y.md#1',
      docId: 'x/y.md',
      title: 'T',
      source: 'wire',
      passage: 1,
      text: 'One.',
    });
  });

  it('splits a very long paragraph into windows that share its number', () => {
    const sentence = 'The committee reviewed the budget line by line again. ';
    const doc = parseDocument('long.txt', sentence.repeat(120));
    expect(doc.passages.length).toBeGreaterThan(3);
    expect(new Set(doc.passages.map((p) => p.passage))).toEqual(new Set([1]));
    expect(doc.passages.map((p) => p.part)).toEqual(doc.passages.map((_, i) => i + 1));
    expect(doc.passages[1]?.id).toBe('long.txt#1.2');
  });
});

describe('titleFromFileName', () => {
  it('strips folders and the extension and turns separators into spaces', () => {
    expect(titleFromFileName('a/b/state_of-the_union.md')).toBe('state of the union');
  });

  it('keeps a name\'s "Mc" joined to the rest of it, as a question writes the name', () => {
    expect(titleFromFileName('1900_william_mc_kinley_r.txt')).toBe('1900 william mckinley r');
  });
});
