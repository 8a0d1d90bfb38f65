/**
 * Worker-thread entry: reads the corpus and builds (or reuses) its serialised index off the main thread, so the
 * bot keeps answering while a large corpus is indexed. Started by {@link runBuildWorker}; speaks
 * {@link WorkerMessage}.
 */
import { readFile } from 'node:fs/promises';
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { ANALYSIS_VERSION, SearchIndex } from '../search/search-index.ts';
import { inspectCache, serialiseIndex, writeCacheFile } from './cache.ts';
import { toChunkedJson } from './chunked-json.ts';
import type { BuildJob, WorkerMessage } from './worker-protocol.ts';

// On Linux a nice value belongs to the thread: lowering this one lets the main thread, which answers questions,
// win the CPU while a big corpus is indexed. Elsewhere it would apply to the whole process, so leave it.
if (process.platform === 'linux') setPriority(constants.priority.PRIORITY_LOW);

const job = workerData as BuildJob;
const started = performance.now();
const elapsedMs = (): number => Math.round(performance.now() - started);

function post(message: WorkerMessage, transfer: ArrayBuffer[] = []): void {
  parentPort?.postMessage(message, transfer);
}

/** The cached bytes when the cache file matches this corpus (header check only); logs why not otherwise. */
async function cachedBytes(corpus: Corpus): Promise<Buffer | undefined> {
  if (!job.useCache || !job.cacheFile) return undefined;
  const bytes = await readFile(job.cacheFile).catch(() => undefined);
  if (!bytes) {
    post({ type: 'log', level: 'info', message: `no index cache at ${job.cacheFile} yet: building` });
    return undefined;
  }
  const inspected = inspectCache(bytes, corpus);
  if (inspected.status === 'usable') return bytes;
  post({ type: 'log', level: 'warn', message: `index cache ${job.cacheFile} not used: ${inspected.reason}` });
  return undefined;
}

async function buildAndSave(corpus: Corpus): Promise<Buffer> {
  const index = SearchIndex.build(corpus.passages, {
    onProgress: (done, total) =>
      post({
        type: 'progress',
        progress: {
          stage: 'indexing',
          documents: corpus.documents.length,
          passages: done,
          totalPassages: total,
          elapsedMs: elapsedMs(),
        },
      }),
  });
  const bytes = serialiseIndex(corpus, index);
  if (job.cacheFile) {
    // The cache only saves time next start: a read-only disk must not fail the build.
    await writeCacheFile(job.cacheFile, bytes).catch((error: Error) =>
      post({
        type: 'log',
        level: 'warn',
        message: `index cache ${job.cacheFile} not written: ${error.message}`,
      }),
    );
  }
  return bytes;
}

async function run(): Promise<void> {
  const corpus = await loadCorpus(job.dir, {
    onWarning: (message) => post({ type: 'log', level: 'warn', message }),
    onProgress: (p) =>
      post({
        type: 'progress',
        progress: { stage: 'reading', documents: p.files, passages: p.passages, elapsedMs: elapsedMs() },
      }),
  });
  const cached = await cachedBytes(corpus);
  const bytes = cached ?? (await buildAndSave(corpus));
  const { passages, ...head } = corpus;
  // Copies into ArrayBuffers of their own (a Buffer may be a view on a shared pool), so they can be transferred.
  const passageBuffer = new Uint8Array(Buffer.from(toChunkedJson(passages))).buffer;
  const index = new Uint8Array(bytes).buffer;
  post(
    {
      type: 'done',
      corpus: head,
      passages: passageBuffer,
      index,
      fromCache: cached !== undefined,
      buildMs: elapsedMs(),
      analysisVersion: ANALYSIS_VERSION,
    },
    [passageBuffer, index],
  );
}

run().catch((error: unknown) => {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  post({ type: 'failed', name, message });
});
