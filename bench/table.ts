import type { EngineFigures } from './measure.ts';

const MB = 1024 * 1024;

/** Milliseconds with a precision that suits their size. */
export function formatMs(ms: number): string {
  if (!Number.isFinite(ms)) return 'n/a';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 1000) return `${ms.toFixed(1)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

export function formatMB(bytes: number): string {
  return `${(bytes / MB).toFixed(1)} MB`;
}

/** `baseline / ours` as "12.3×", i.e. how many times better ours is when lower is better. */
export function formatRatio(baseline: number, ours: number): string {
  if (!(ours > 0) || !Number.isFinite(baseline)) return 'n/a';
  const ratio = baseline / ours;
  return `${ratio >= 10 ? ratio.toFixed(0) : ratio.toFixed(2)}×`;
}

/** Rows of the side-by-side table: label, how to show a figure, and the figure itself. */
const ROWS: { label: string; show: (f: EngineFigures) => string; value: (f: EngineFigures) => number }[] = [
  { label: 'index build', show: (f) => formatMs(f.buildMs), value: (f) => f.buildMs },
  { label: 'heap used (after GC)', show: (f) => formatMB(f.heapBytes), value: (f) => f.heapBytes },
  { label: '  of which the index', show: (f) => formatMB(f.indexHeapBytes), value: (f) => f.indexHeapBytes },
  { label: 'persisted index', show: (f) => formatMB(f.diskBytes), value: (f) => f.diskBytes },
  { label: 'load persisted index', show: (f) => formatMs(f.loadMs), value: (f) => f.loadMs },
  { label: 'query p50', show: (f) => formatMs(f.p50), value: (f) => f.p50 },
  { label: 'query p99', show: (f) => formatMs(f.p99), value: (f) => f.p99 },
];

/**
 * The table for one corpus size: plain minisearch, ours, and the ratio (baseline ÷ ours, so above 1× means ours
 * is faster or smaller).
 */
export function renderComparison(baseline: EngineFigures, ours: EngineFigures): string {
  const header = ['', 'plain minisearch', 'our SearchIndex', 'ratio'];
  const lines = [
    header,
    ...ROWS.map((row) => [
      row.label,
      row.show(baseline),
      row.show(ours),
      formatRatio(row.value(baseline), row.value(ours)),
    ]),
  ];
  const widths = header.map((_, col) => Math.max(...lines.map((line) => (line[col] as string).length)));
  return lines
    .map((line) =>
      line
        .map((cell, col) =>
          col === 0 ? cell.padEnd(widths[0] as number) : cell.padStart(widths[col] as number),
        )
        .join('   '),
    )
    .join('\n');
}
