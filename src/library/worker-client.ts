import { Worker } from 'node:worker_threads';
import { CorpusError } from '../corpus/errors.ts';
import type { IndexProgress } from './progress.ts';
import type { BuildJob, WorkerMessage } from './worker-protocol.ts';

/** What a build worker hands back: the corpus and its index as a cache file's bytes, still to be restored. */
export interface WorkerResult {
  /** Absolute corpus folder and the hash of what the worker read. */
  dir: string;
  hash: string;
  snapshotBytes: Buffer;
  analysisVersion: string;
}

/** Callbacks for what the worker reports along the way. */
export interface WorkerEvents {
  onProgress: (progress: IndexProgress) => void;
  onLog: (level: 'info' | 'warn', message: string) => void;
}

/**
 * Starts the worker with TypeScript support. Node does not pass tsx's loader on to worker threads (and under
 * vitest there is no tsx loader at all), so a tiny bootstrap registers tsx inside the worker and then imports the
 * real entry. tsx is a runtime dependency, so this holds in production too.
 */
function startWorker(job: BuildJob): Worker {
  const tsx = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./build-worker.ts', import.meta.url).href;
  const bootstrap = `import(${JSON.stringify(tsx)}).then((api) => { api.register(); return import(${JSON.stringify(entry)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: job });
}

/**
 * Runs one build job in a worker thread and resolves with its result. The worker reads and indexes; this thread
 * only receives progress and, at the end, one transferred buffer, so it keeps serving meanwhile.
 *
 * @throws CorpusError (naming the folder) when the corpus is unusable; Error with the worker's message otherwise.
 */
export function runBuildWorker(job: BuildJob, events: WorkerEvents): Promise<WorkerResult> {
  return new Promise((resolve, reject) => {
    const worker = startWorker(job);
    let settled = false;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      outcome();
      void worker.terminate();
    };
    worker.on('message', (message: WorkerMessage) => {
      switch (message.type) {
        case 'progress':
          return events.onProgress(message.progress);
        case 'log':
          return events.onLog(message.level, message.message);
        case 'done':
          return settle(() =>
            resolve({
              dir: message.dir,
              hash: message.hash,
              snapshotBytes: Buffer.from(message.snapshot),
              analysisVersion: message.analysisVersion,
            }),
          );
        case 'failed':
          return settle(() =>
            reject(
              message.name === 'CorpusError' ? new CorpusError(message.message) : new Error(message.message),
            ),
          );
      }
    });
    worker.on('error', (error) => settle(() => reject(error)));
    worker.on('exit', (code) =>
      settle(() => reject(new Error(`index build worker stopped (exit code ${code}) before finishing`))),
    );
  });
}
