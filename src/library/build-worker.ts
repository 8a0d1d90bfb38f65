/**
 * Worker-thread entry: reads and parses the corpus, builds its index and saves both to the cache, off the main
 * thread, so the bot keeps answering while a large corpus is indexed. Started by {@link runBuildWorker}; speaks
 * {@link WorkerMessage}.
 */
import { constants, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { loadCorpus } from '../corpus/load.ts';
import type { Corpus } from '../corpus/types.ts';
import { ANALYSIS_VERSION, SearchIndex } from '../search/search-index.ts';
import { serialiseSnapshot, writeCacheFile } from './cache.ts';
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

function build(corpus: Corpus): SearchIndex {
  return SearchIndex.build(corpus.passages, {
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
  const bytes = serialiseSnapshot(corpus, build(corpus));
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
  // Transferred, not copied, when the buffer owns its memory whole (a large Buffer.concat does); a view on a
  // shared pool has to be copied first.
  const owned = bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength;
  const snapshot = (owned ? bytes : new Uint8Array(bytes)).buffer as ArrayBuffer;
  post(
    {
      type: 'done',
      dir: corpus.dir,
      hash: corpus.hash,
      snapshot,
      analysisVersion: ANALYSIS_VERSION,
    },
    [snapshot],
  );
}

run().catch((error: unknown) => {
  const { name, message } = error instanceof Error ? error : new Error(String(error));
  post({ type: 'failed', name, message });
});
