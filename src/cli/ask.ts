import { createInterface } from 'node:readline';
import { CorpusError } from '../corpus/errors.ts';
import { loadCorpus } from '../corpus/load.ts';
import { SearchIndex } from '../search/search-index.ts';
import type { SearchResult } from '../search/types.ts';
import { parseAskArgs, USAGE, UsageError, type AskOptions } from './options.ts';

/** Corpora at least this big report indexing progress on stderr: below it, building takes well under a second. */
const PROGRESS_FROM_PASSAGES = 5000;

/** The eval contract's shape of one result (shared/eval/README.md). */
function toJsonResult(r: SearchResult): object {
  return {
    docId: r.docId,
    title: r.title,
    source: r.source,
    passage: r.passage,
    ...(r.part === undefined ? {} : { part: r.part }),
    text: r.text,
    excerpt: r.excerpt,
    citation: r.citation,
    score: r.score,
  };
}

/** Renders results for a person: rank, citation, excerpt. */
function formatForPerson(question: string, results: SearchResult[]): string {
  if (results.length === 0) return `? ${question}\n  Nothing in these documents answers that.\n`;
  const lines = results.map((r, i) => `${i + 1}. ${r.citation}\n   ${r.excerpt}`);
  return `? ${question}\n${lines.join('\n')}\n`;
}

async function buildIndex(seeds: string): Promise<SearchIndex> {
  const corpus = await loadCorpus(seeds, { onWarning: (message) => console.error(`warning: ${message}`) });
  const started = Date.now();
  const big = corpus.passages.length >= PROGRESS_FROM_PASSAGES;
  const index = SearchIndex.build(corpus.passages, {
    onProgress: (done, total) => {
      if (big && (done % 10_000 === 0 || done === total)) {
        console.error(
          `indexing: ${done}/${total} passages (${((Date.now() - started) / 1000).toFixed(1)} s)`,
        );
      }
    },
  });
  if (big) console.error(`indexed ${corpus.documents.length} documents in ${Date.now() - started} ms`);
  return index;
}

async function answerAll(options: AskOptions, index: SearchIndex): Promise<void> {
  let answered = 0;
  let searchMs = 0;
  const answer = (question: string): void => {
    const started = performance.now();
    const results = index.search(question, { limit: options.top });
    searchMs += performance.now() - started;
    answered++;
    const out = options.json
      ? `${JSON.stringify({ query: question, results: results.map(toJsonResult) })}\n`
      : formatForPerson(question, results);
    process.stdout.write(out);
  };
  if (options.question !== undefined) return answer(options.question);
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim() !== '') answer(line.trim());
  }
  // A batch is how corpora are evaluated: say how fast the search itself was, on stderr beside the other logs.
  if (answered > 0) {
    const each = (searchMs / answered).toFixed(2);
    console.error(
      `answered ${answered} question(s) in ${Math.round(searchMs)} ms of search (${each} ms each)`,
    );
  }
}

/** Runs `ask` with the given arguments; resolves to the process exit code. */
async function main(argv: string[]): Promise<number> {
  let options: AskOptions;
  try {
    options = parseAskArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    console.error(`ask: ${error.message}`);
    return 2;
  }
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  try {
    await answerAll(options, await buildIndex(options.seeds));
    return 0;
  } catch (error) {
    if (!(error instanceof CorpusError)) throw error;
    console.error(`ask: ${error.message}`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
