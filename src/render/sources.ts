import type { CorpusDocument } from '../corpus/types.ts';
import { EMBED_COLOR, LIMITS, payload, type MessagePayload } from './payload.ts';
import { fitLines } from './source.ts';
import { escapeAndFit } from './text.ts';

/** What `/sources` shows: the documents and when their index was built. */
export interface CorpusSummary {
  documents: CorpusDocument[];
  passageCount: number;
  builtAt: Date;
  buildMs: number;
}

/**
 * Lists the corpus's documents with their passage counts, and when and how fast the index was built.
 * The build time is an embed timestamp, which every Discord client shows in the reader's own time zone.
 */
export function renderSources(summary: CorpusSummary): MessagePayload {
  const { documents } = summary;
  const header = `${count(documents.length, 'document')} · ${count(summary.passageCount, 'passage')} · index built in ${formatMs(summary.buildMs)}`;
  const lines = documents.map((d) => `• ${escapeAndFit(d.title, 120)} — ${count(d.passageCount, 'passage')}`);
  const description = fitLines(
    [header, '', ...lines],
    LIMITS.embedDescription,
    (n) => `…and ${count(n, 'more document')}`,
  );
  return payload({
    embeds: [
      {
        title: 'Documents I answer from',
        description,
        color: EMBED_COLOR,
        footer: { text: 'Index built' },
        timestamp: summary.builtAt.toISOString(),
      },
    ],
  });
}

/** `3 passages`, `1 passage`. */
export function count(n: number, noun: string): string {
  return `${n.toLocaleString('en-US')} ${noun}${n === 1 ? '' : 's'}`;
}

/** `840 ms`, `1.2 s`: build times for people. */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}
