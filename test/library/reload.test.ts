import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/errors.ts';
import { Library } from '../../src/library/library.ts';
import { memoryLogger, tempCorpus } from './fixtures.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

async function openTemp(): Promise<{ library: Library; corpus: Awaited<ReturnType<typeof tempCorpus>> }> {
  const corpus = await tempCorpus();
  cleanup = corpus.cleanup;
  const library = await Library.open(corpus.dir, {
    logger: memoryLogger().logger,
    cacheDir: corpus.cacheDir,
  });
  return { library, corpus };
}

/** Asks `question` on every turn of the event loop until `until` settles; returns the top docIds seen. */
async function askWhile(
  library: Library,
  question: string,
  until: Promise<unknown>,
): Promise<(string | undefined)[]> {
  const answers: (string | undefined)[] = [];
  let settled = false;
  void until.then(
    () => (settled = true),
    () => (settled = true),
  );
  while (!settled) {
    answers.push(library.current.index.search(question)[0]?.docId);
    await new Promise((resolve) => setImmediate(resolve));
  }
  return answers;
}

describe('Library.reload', () => {
  it('keeps serving the old snapshot until the new one is complete, then swaps it in', async () => {
    const { library, corpus } = await openTemp();
    const before = library.current;
    await corpus.write({
      'deserts.txt': 'Deserts\n\nThe Atacama desert in Chile is among the driest places on Earth.',
      'rivers.md': '# Rivers\n\nThe Danube flows through ten countries and past Vienna and Budapest.',
    });
    await rm(join(corpus.dir, 'birds'), { recursive: true });

    const reloading = library.reload();
    expect(library.current).toBe(before);
    const seen = await askWhile(library, 'Which owls hunt voles at night?', reloading);
    const report = await reloading;

    // Every question asked during the reload was answered, from the old index (the owls were still there).
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((docId) => docId === 'birds/owls.txt')).toBe(true);
    expect(library.current).not.toBe(before);
    expect(library.current.index.search('Which owls hunt voles at night?')).toEqual([]);
    expect(library.current.index.search('the driest desert in Chile')[0]?.docId).toBe('deserts.txt');
    expect(report).toMatchObject({
      added: ['deserts.txt'],
      removed: ['birds/owls.txt'],
      changed: ['rivers.md'],
      documentsBefore: 3,
      documentsAfter: 3,
      passagesBefore: before.corpus.passages.length,
      passagesAfter: library.current.corpus.passages.length,
    });
  });

  it('shares one run between concurrent calls', async () => {
    const { library } = await openTemp();
    const first = library.reload();
    expect(library.reload()).toBe(first);
    const report = await first;
    expect(report).toMatchObject({ added: [], removed: [], changed: [] });
    const next = library.reload();
    expect(next).not.toBe(first);
    await next;
  });

  it('leaves the old index in service and names the folder when the corpus folder is gone', async () => {
    const { library, corpus } = await openTemp();
    const before = library.current;
    await rm(corpus.dir, { recursive: true });

    const failure = await library.reload().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(CorpusError);
    expect((failure as Error).message).toContain(corpus.dir);
    expect(library.current).toBe(before);
    expect(library.current.index.search('Where does the Danube flow?')[0]?.docId).toBe('rivers.md');
  });

  it('leaves the old index in service when the corpus folder has been emptied', async () => {
    const { library, corpus } = await openTemp();
    const before = library.current;
    for (const name of ['volcanoes.txt', 'rivers.md', 'birds'])
      await rm(join(corpus.dir, name), { recursive: true });

    await expect(library.reload()).rejects.toThrow(corpus.dir);
    expect(library.current).toBe(before);
    expect(library.current.index.search('Mount Etna lava')[0]?.docId).toBe('volcanoes.txt');
  });
});

describe('Library.open progress', () => {
  it('reports reading and then indexing, ending with every passage indexed', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    const stages: string[] = [];
    let last: { passages: number; totalPassages?: number } | undefined;
    const library = await Library.open(corpus.dir, {
      logger: memoryLogger().logger,
      cacheDir: corpus.cacheDir,
      onProgress: (progress) => {
        if (stages.at(-1) !== progress.stage) stages.push(progress.stage);
        last = progress;
      },
    });
    expect(stages).toEqual(['reading', 'indexing']);
    expect(last).toMatchObject({
      passages: library.current.corpus.passages.length,
      totalPassages: library.current.corpus.passages.length,
    });
  });
});
