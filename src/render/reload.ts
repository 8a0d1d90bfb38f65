import type { APIEmbedField } from 'discord.js';
import type { ReloadReport } from '../library/library.ts';
import { EMBED_COLOR, LIMITS, payload, type MessagePayload } from './payload.ts';
import { fitLines } from './source.ts';
import { count, formatMs } from './sources.ts';
import { escapeAndFit } from './text.ts';

/**
 * The admin's answer to a successful `/reload`: documents added, removed and changed (by file), passages and
 * documents before → after, and the build time.
 */
export function renderReloadReport(report: ReloadReport): MessagePayload {
  const unchanged = report.added.length + report.removed.length + report.changed.length === 0;
  const description = [
    unchanged ? 'No document was added, removed or changed.' : null,
    `Documents: ${report.documentsBefore} → ${report.documentsAfter}`,
    `Passages: ${report.passagesBefore} → ${report.passagesAfter}`,
    `Build time: ${formatMs(report.buildMs)}`,
  ]
    .filter((line) => line !== null)
    .join('\n');
  const fields: APIEmbedField[] = [
    docField('Added', report.added),
    docField('Removed', report.removed),
    docField('Changed', report.changed),
  ].filter((f) => f !== null);
  return payload({ embeds: [{ title: 'Reloaded the corpus', description, color: EMBED_COLOR, fields }] });
}

function docField(name: string, docIds: string[]): APIEmbedField | null {
  if (docIds.length === 0) return null;
  const lines = docIds.map((id) => `• ${escapeAndFit(id, 200)}`);
  return {
    name: `${name} (${docIds.length})`,
    value: fitLines(lines, LIMITS.fieldValue, (n) => `…and ${n} more`),
  };
}

/**
 * The admin's answer when the new corpus could not be loaded: the old index is still answering, and why the new
 * one failed (the loader's message names the folder or file and what to fix).
 */
export function renderReloadFailure(
  reason: string,
  current: { documents: number; passages: number; builtAt: Date },
): MessagePayload {
  const since = Math.floor(current.builtAt.getTime() / 1000);
  const content = [
    `Reload failed — still answering from the previous index (${count(current.documents, 'document')}, ${count(current.passages, 'passage')}, built <t:${since}:R>).`,
    `Why: ${escapeAndFit(reason, 1500)}`,
  ].join('\n');
  return payload({ content });
}
