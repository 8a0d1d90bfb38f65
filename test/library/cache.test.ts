import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { corpusHash, hashCorpusFolder, sha256 } from '../../src/corpus/hash.ts';
import { loadCorpus } from '../../src/corpus/load.ts';
import { cacheKey } from '../../src/library/cache.ts';
import { Library } from '../../src/library/library.ts';
import { DOCS, memoryLogger, tempCorpus } from './fixtures.ts';

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

/** The one cache file the first open wrote. */
async function cacheFile(cacheDir: string): Promise<string> {
  const files = await readdir(cacheDir);
  expect(files).toHaveLength(1);
  return join(cacheDir, files[0] as string);
}

function topDoc(library: Library, question: string): string | undefined {
  return library.current.index.search(question)[0]?.docId;
}

describe('Library.open with an index cache', () => {
  it('builds on the first open and loads from the cache on the second', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    const first = await Library.open(corpus.dir, {
      logger: memoryLogger().logger,
      cacheDir: corpus.cacheDir,
    });
    expect(first.current.fromCache).toBe(false);

    const second = await Library.open(corpus.dir, {
      logger: memoryLogger().logger,
      cacheDir: corpus.cacheDir,
    });
    expect(second.current.fromCache).toBe(true);
    expect(topDoc(second, 'Where does the Danube flow?')).toBe('rivers.md');
    // The passages and documents come from the cache, not from parsing: they must be what parsing gives.
    const parsed = await loadCorpus(corpus.dir);
    expect(second.current.corpus).toEqual(parsed);
    expect(second.current.index.search('Where does the Danube flow?')).toEqual(
      first.current.index.search('Where does the Danube flow?'),
    );
  });

  it('computes the same corpus hash from the files alone as parsing does, skipped files included', async () => {
    const corpus = await tempCorpus({ ...DOCS, 'empty.txt': '', 'notes/draft.md': '# Only a title' });
    cleanup = corpus.cleanup;
    const parsed = await loadCorpus(corpus.dir);
    expect(parsed.warnings).toHaveLength(2);
    expect(await hashCorpusFolder(corpus.dir)).toBe(parsed.hash);
    await corpus.write({ 'empty.txt': ' ' });
    expect(await hashCorpusFolder(corpus.dir)).not.toBe(parsed.hash);
  });

  it('rebuilds when the corpus changed since the cache was written, and serves the new text', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    await Library.open(corpus.dir, { logger: memoryLogger().logger, cacheDir: corpus.cacheDir });
    await corpus.write({
      'rivers.md': '# Rivers\n\nThe Mekong crosses six countries on its way to the sea.',
    });

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(library.current.fromCache).toBe(false);
    expect(topDoc(library, 'Which countries does the Mekong cross?')).toBe('rivers.md');
    expect(library.current.index.search('Danube')).toEqual([]);
    expect(log.messages().some((m) => m.includes('not used') && m.includes('other corpus content'))).toBe(
      true,
    );
  });

  it('rebuilds when the cache was written by another version of the corpus parser', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    await Library.open(corpus.dir, { logger: memoryLogger().logger, cacheDir: corpus.cacheDir });
    const file = await cacheFile(corpus.cacheDir);
    const digests = await Promise.all(
      ['birds/owls.txt', 'rivers.md', 'volcanoes.txt'].map(async (docId) => ({
        docId,
        contentHash: sha256(await readFile(join(corpus.dir, docId))),
      })),
    );
    const good = await readFile(file);
    // The test's own key matches the real one, so the forged one below differs only in the parser version.
    expect(header(good).key).toBe(cacheKey(corpusHash(digests)));
    await writeFile(
      file,
      withHeader(good, (h) => ({ ...h, key: cacheKey(corpusHash(digests, 'corpus-0')) })),
    );

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(library.current.fromCache).toBe(false);
    expect(topDoc(library, 'Mount Etna lava')).toBe('volcanoes.txt');
    expect(log.messages().some((m) => m.includes('not used') && m.includes('parser'))).toBe(true);
  });

  it.each([
    ['garbage', () => Buffer.from('this is not an index cache at all')],
    ['a truncated copy', (good: Buffer) => good.subarray(0, Math.floor(good.length / 2))],
    ['an empty file', () => Buffer.alloc(0)],
    [
      'a header for another passage count',
      (good: Buffer) => withHeader(good, (h) => ({ ...h, passages: 99 })),
    ],
  ])('rebuilds and never serves a cache file holding %s', async (_label, damage) => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    await Library.open(corpus.dir, { logger: memoryLogger().logger, cacheDir: corpus.cacheDir });
    const file = await cacheFile(corpus.cacheDir);
    await writeFile(file, damage(await readFile(file)));

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(library.current.fromCache).toBe(false);
    expect(topDoc(library, 'Which owls hunt voles at night?')).toBe('birds/owls.txt');
    expect(log.messages().some((m) => m.includes('not used'))).toBe(true);

    // The rebuild rewrote the file, so the next start is warm again.
    const again = await Library.open(corpus.dir, {
      logger: memoryLogger().logger,
      cacheDir: corpus.cacheDir,
    });
    expect(again.current.fromCache).toBe(true);
  });

  it('still opens, and says why, when the cache folder cannot be written', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    // A file where the cache folder should be: mkdir fails as it would on a read-only disk.
    await writeFile(corpus.cacheDir, 'not a folder');

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(topDoc(library, 'Where does the Danube flow?')).toBe('rivers.md');
    expect(log.messages().some((m) => m.includes('not written'))).toBe(true);
  });

  it('rebuilds when the header matches but the body is damaged', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    await Library.open(corpus.dir, { logger: memoryLogger().logger, cacheDir: corpus.cacheDir });
    const file = await cacheFile(corpus.cacheDir);
    const good = await readFile(file);
    const newline = good.indexOf(0x0a);
    // Same length, so only parsing the body can tell.
    const damaged = Buffer.concat([
      good.subarray(0, newline + 1),
      Buffer.alloc(good.length - newline - 1, 0x7b),
    ]);
    await writeFile(file, damaged);

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(library.current.fromCache).toBe(false);
    expect(topDoc(library, 'Mount Etna lava')).toBe('volcanoes.txt');
    expect(log.messages().some((m) => m.includes('not used: it is corrupt'))).toBe(true);
  });

  it('rebuilds when the cached passages do not fit the documents', async () => {
    const corpus = await tempCorpus();
    cleanup = corpus.cleanup;
    await Library.open(corpus.dir, { logger: memoryLogger().logger, cacheDir: corpus.cacheDir });
    const file = await cacheFile(corpus.cacheDir);
    const good = await readFile(file);
    // Same length again: one passage's reference into the string table points past its end.
    const text = good.toString('latin1').replace(/"docId":\[(\d)/, '"docId":[9');
    expect(text).not.toBe(good.toString('latin1'));
    await writeFile(file, Buffer.from(text, 'latin1'));

    const log = memoryLogger();
    const library = await Library.open(corpus.dir, { logger: log.logger, cacheDir: corpus.cacheDir });
    expect(library.current.fromCache).toBe(false);
    expect(library.current.corpus).toEqual(await loadCorpus(corpus.dir));
    expect(log.messages().some((m) => m.includes('not used: it is corrupt'))).toBe(true);
  });
});

function header(file: Buffer): Record<string, unknown> {
  return JSON.parse(file.subarray(0, file.indexOf(0x0a)).toString('utf8')) as Record<string, unknown>;
}

/** Rewrites a cache file's header line (keeping the body), to fake a file from another build. */
function withHeader(
  file: Buffer,
  change: (header: Record<string, unknown>) => Record<string, unknown>,
): Buffer {
  return Buffer.concat([
    Buffer.from(JSON.stringify(change(header(file)))),
    file.subarray(file.indexOf(0x0a)),
  ]);
}
