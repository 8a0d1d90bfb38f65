import { describe, expect, it } from 'vitest';
import { LIMITS, embedLength } from '../../src/render/payload.ts';
import { renderReloadFailure, renderReloadReport } from '../../src/render/reload.ts';
import { renderSources } from '../../src/render/sources.ts';

const report = {
  added: ['new.txt'],
  removed: [],
  changed: ['old_*draft*.md'],
  passagesBefore: 12,
  passagesAfter: 15,
  documentsBefore: 2,
  documentsAfter: 3,
  buildMs: 1234,
};

describe('renderReloadReport', () => {
  it('shows what changed, passages before → after and the build time', () => {
    const embed = renderReloadReport(report).embeds![0]!;
    expect(embed.description).toBe('Documents: 2 → 3\nPassages: 12 → 15\nBuild time: 1.2 s');
    expect(embed.fields).toEqual([
      { name: 'Added (1)', value: '• new.txt' },
      { name: 'Changed (1)', value: '• old\\_\\*draft\\*.md' },
    ]);
  });

  it('says when nothing changed', () => {
    const embed = renderReloadReport({ ...report, added: [], changed: [] }).embeds![0]!;
    expect(embed.description).toMatch(/^No document was added, removed or changed\./);
    expect(embed.fields).toEqual([]);
  });

  it('keeps thousands of changed files within the limits', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `folder/document-${i}.txt`);
    const embed = renderReloadReport({ ...report, added: many, removed: many, changed: many }).embeds![0]!;
    for (const f of embed.fields!) expect(f.value.length).toBeLessThanOrEqual(LIMITS.fieldValue);
    expect(embed.fields![0]!.value).toMatch(/…and \d+ more$/);
    expect(embedLength(embed)).toBeLessThanOrEqual(LIMITS.embedTotal);
  });
});

describe('renderReloadFailure', () => {
  it('says the old index is still answering, and why the new one failed', () => {
    const builtAt = new Date('2026-11-26T05:00:00Z');
    const { content } = renderReloadFailure('corpus: folder /x does not exist', {
      documents: 2,
      passages: 12,
      builtAt,
    });
    expect(content).toBe(
      'Reload failed — still answering from the previous index (2 documents, 12 passages, built <t:1795669200:R>).\n' +
        'Why: corpus: folder /x does not exist',
    );
  });
});

describe('renderSources', () => {
  it('lists documents with passage counts and the build time', () => {
    const documents = [
      { docId: 'a.txt', title: 'Alpha', source: 's', passageCount: 1, paragraphCount: 1, contentHash: '' },
      { docId: 'b.txt', title: 'Beta *b*', source: 's', passageCount: 7, paragraphCount: 7, contentHash: '' },
    ];
    const builtAt = new Date('2026-11-26T05:00:00Z');
    const embed = renderSources({ documents, passageCount: 8, builtAt, buildMs: 40 }).embeds![0]!;
    expect(embed.description).toBe(
      '2 documents · 8 passages · index built in 40 ms\n\n• Alpha — 1 passage\n• Beta \\*b\\* — 7 passages',
    );
    expect(embed.timestamp).toBe('2026-11-26T05:00:00.000Z');
  });

  it('fits a corpus of thousands of documents', () => {
    const documents = Array.from({ length: 5000 }, (_, i) => ({
      docId: `d${i}.txt`,
      title: `Document number ${i} with a fairly long title to fill the list`,
      source: 's',
      passageCount: i,
      paragraphCount: i,
      contentHash: '',
    }));
    const embed = renderSources({ documents, passageCount: 1, builtAt: new Date(), buildMs: 1 }).embeds![0]!;
    expect(embed.description!.length).toBeLessThanOrEqual(LIMITS.embedDescription);
    expect(embed.description).toMatch(/…and [\d,]+ more documents$/);
  });
});
