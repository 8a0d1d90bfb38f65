import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { Library } from '../../src/library/library.ts';
import { memoryLogger, tempCorpus } from './fixtures.ts';

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
    expect(second.current.corpus.passages).toHaveLength(first.current.corpus.passages.length);
    expect(topDoc(second, 'Where does the Danube flow?')).toBe('rivers.md');
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

  it.each([
    ['garbage', () => Buffer.from('this is not an index cache at all')],
    ['a truncated copy', (good: Buffer) => good.subarray(0, Math.floor(good.length / 2))],
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
    expect(log.messages()).toContain('index cache is corrupt; rebuilding');
  });
});

/** Rewrites a cache file's header line (keeping the body), to fake a file from another build. */
function withHeader(
  file: Buffer,
  change: (header: Record<string, unknown>) => Record<string, unknown>,
): Buffer {
  const newline = file.indexOf(0x0a);
  const header = JSON.parse(file.subarray(0, newline).toString('utf8')) as Record<string, unknown>;
  return Buffer.concat([Buffer.from(JSON.stringify(change(header))), file.subarray(newline)]);
}
