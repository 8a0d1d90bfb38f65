import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/corpus/parse.ts';
import { fromColumns, toColumns } from '../../src/library/passage-columns.ts';

/** A paragraph long enough to be cut into overlapping windows, then a short one, in two documents. */
const LONG = Array.from(
  { length: 40 },
  (_, i) => `Sentence ${i + 1} tells of the harbour, the tides and the ships that came in that year.`,
).join(' ');
const first = parseDocument('a.md', `# Harbour\n\n${LONG}\n\nA short closing paragraph.`);
const second = parseDocument('b/c.txt', 'Rivers\n\nThe Danube flows to the Black Sea.');
const passages = [...first.passages, ...second.passages];
const documents = [first, second].map((d, i) => ({
  docId: i === 0 ? 'a.md' : 'b/c.txt',
  title: d.title,
  source: d.source,
  passageCount: d.passages.length,
  paragraphCount: d.paragraphCount,
  contentHash: 'x',
}));

describe('toColumns / fromColumns', () => {
  it('round-trips passages, windows of a long paragraph included, holding their overlap once', () => {
    expect(first.passages.filter((p) => p.part !== undefined).length).toBeGreaterThan(2);
    const columns = JSON.parse(JSON.stringify(toColumns(passages))) as unknown;
    expect(fromColumns(columns, structuredClone(documents))).toEqual(passages);
    const stored = toColumns(passages).texts.join('').length;
    expect(stored).toBeLessThan(passages.reduce((sum, p) => sum + p.text.length, 0));
  });

  it('rejects columns whose ranges fall outside their text', () => {
    const columns = toColumns(passages);
    columns.end[0] = 1e9;
    expect(() => fromColumns(columns, structuredClone(documents))).toThrow(/corrupt.*outside its text/);
  });

  it('rejects columns of different lengths', () => {
    const columns = toColumns(passages);
    columns.part.pop();
    expect(() => fromColumns(columns, structuredClone(documents))).toThrow(/corrupt.*part/);
  });
});
