import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadCorpus } from '../src/corpus/load.ts';
import { parseBenchArgs, USAGE, type BenchArgs } from './args.ts';
import { measureLibrary } from './library-bench.ts';
import { measureEngine, type QueryPlan } from './measure.ts';
import { plainMiniSearch } from './minisearch-engine.ts';
import { ourSearchIndex } from './our-engine.ts';
import { BENCH_QUESTIONS } from './questions.ts';
import { readSpeeches, writeSotuCorpus, type Speech } from './sotu.ts';
import { timedAsync } from './stats.ts';
import { formatMs, renderComparison } from './table.ts';

/** Scratch space for corpora and persisted indexes; git-ignored. */
const DATA_DIR = join(fileURLToPath(new URL('.', import.meta.url)), '.data');

/**
 * Words per passage of the real loader on these speeches, measured once on a single copy so each size can be
 * written as "about N passages" without guessing how the loader windows long paragraphs.
 */
async function wordsPerPassage(speeches: readonly Speech[]): Promise<number> {
  const dir = join(DATA_DIR, 'calibrate');
  const oneCopy = speeches.reduce((sum, speech) => sum + speech.words, 0);
  const { words } = await writeSotuCorpus(dir, speeches, oneCopy);
  return words / (await loadCorpus(dir)).passages.length;
}

async function benchSize(
  size: number,
  speeches: readonly Speech[],
  perPassage: number,
  plan: QueryPlan,
): Promise<string> {
  const dir = join(DATA_DIR, `sotu-${size}`, 'corpus');
  const written = await writeSotuCorpus(dir, speeches, size * perPassage);
  const { value: corpus, ms: loadMs } = await timedAsync(() => loadCorpus(dir));
  console.log(
    `\n== ${corpus.passages.length.toLocaleString('en')} passages ` +
      `(${written.documents} speeches, ${(written.words / 1e6).toFixed(2)}M words; loadCorpus ${formatMs(loadMs)}) ==`,
  );
  const file = join(DATA_DIR, `sotu-${size}`, 'index.json');
  const baseline = await measureEngine(plainMiniSearch, corpus, file, plan);
  const ours = await measureEngine(ourSearchIndex, corpus, file, plan);
  console.log(renderComparison(baseline, ours));
  console.log(
    `(${baseline.samples} / ${ours.samples} timed queries; ratio = plain minisearch ÷ ours; heap = whole ` +
      'process with the corpus loaded on this thread — the bot-shaped figure is the Library one below)',
  );
  return dir;
}

/** The engine comparison at every size; returns the largest corpus folder. */
async function benchSizes(args: BenchArgs): Promise<string> {
  const speeches = await readSpeeches();
  const perPassage = await wordsPerPassage(speeches);
  const plan: QueryPlan = {
    questions: BENCH_QUESTIONS,
    rounds: args.quick ? 1 : 3,
    budgetMs: args.quick ? 5_000 : 20_000,
  };
  console.log(
    `bench: ${speeches.length} State of the Union speeches, ~${perPassage.toFixed(0)} words a passage, ` +
      `${BENCH_QUESTIONS.length} questions, node ${process.version}`,
  );
  let largest = '';
  for (const size of args.sizes) largest = await benchSize(size, speeches, perPassage, plan);
  return largest;
}

async function main(args: BenchArgs): Promise<void> {
  await mkdir(DATA_DIR, { recursive: true });
  // The speeches (~11 MB of text) are out of scope by the Library part, so its heap figure is the bot's alone.
  const largest = await benchSizes(args);
  await measureLibrary(largest, join(DATA_DIR, 'library-cache'), BENCH_QUESTIONS, args.quick ? 2_000 : 5_000);
}

let args: BenchArgs | undefined;
try {
  args = parseBenchArgs(process.argv.slice(2));
} catch (error) {
  console.error((error as Error).message);
  process.exit(2);
}
if (args) await main(args);
else console.log(USAGE);
