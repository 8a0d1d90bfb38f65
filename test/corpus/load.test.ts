import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CorpusError } from '../../src/corpus/errors.ts';
import { loadCorpus } from '../../src/corpus/load.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'corpus-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('loadCorpus', () => {
  it('reads .txt and .md files recursively in path order and ignores other files', async () => {
    await mkdir(path.join(dir, 'sub'));
    await writeFile(path.join(dir, 'b.txt'), 'Bee paragraph.');
    await writeFile(path.join(dir, 'sub', 'a.md'), '# Sub\n\nNested paragraph.');
    await writeFile(path.join(dir, 'a.txt'), 'Ay paragraph.');
    await writeFile(path.join(dir, 'notes.pdf'), 'not a document');
    const corpus = await loadCorpus(dir);
    expect(corpus.documents.map((d) => d.docId)).toEqual(['a.txt', 'b.txt', 'sub/a.md']);
    expect(corpus.passages.map((p) => p.id)).toEqual(['a.txt#1', 'b.txt#1', 'sub/a.md#1']);
    expect(corpus.warnings).toEqual([]);
  });

  it('skips empty, binary and non-UTF-8 files with a warning naming each', async () => {
    await writeFile(path.join(dir, 'good.txt'), 'Usable text.');
    await writeFile(path.join(dir, 'empty.txt'), '');
    await writeFile(path.join(dir, 'blank.txt'), '  \n\n ');
    await writeFile(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x08]));
    await writeFile(path.join(dir, 'latin1.txt'), Buffer.from('caf\xe9 cr\xe8me', 'latin1'));
    const warned: string[] = [];
    const corpus = await loadCorpus(dir, { onWarning: (m) => warned.push(m) });
    expect(corpus.documents.map((d) => d.docId)).toEqual(['good.txt']);
    expect(warned).toHaveLength(4);
    expect(warned.join('\n')).toMatch(/binary\.txt.*binary/);
    expect(warned.join('\n')).toMatch(/latin1\.txt.*not valid UTF-8/);
    expect(warned.join('\n')).toMatch(/empty\.txt.*empty/);
    expect(warned.join('\n')).toMatch(/blank\.txt.*empty/);
    expect(corpus.warnings).toEqual(warned);
  });

  it('fails with a CorpusError naming the folder when it does not exist', async () => {
    const missing = path.join(dir, 'nope');
    await expect(loadCorpus(missing)).rejects.toThrow(CorpusError);
    await expect(loadCorpus(missing)).rejects.toThrow(missing);
  });

  it('fails naming the folder when no file in it is usable', async () => {
    await writeFile(path.join(dir, 'empty.md'), '');
    await expect(loadCorpus(dir)).rejects.toThrow(new RegExp(`${dir}.*none is usable`));
  });

  it('changes the corpus hash when a document changes and keeps it when nothing does', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'Version one.');
    const first = await loadCorpus(dir);
    expect((await loadCorpus(dir)).hash).toBe(first.hash);
    await writeFile(path.join(dir, 'a.txt'), 'Version two.');
    expect((await loadCorpus(dir)).hash).not.toBe(first.hash);
  });

  it('handles a 50 MB single-paragraph file by windowing it', async () => {
    const sentence = 'Delegates debated the agricultural tariff schedule at considerable length today. ';
    await writeFile(
      path.join(dir, 'huge.txt'),
      sentence.repeat(Math.ceil((50 * 1024 * 1024) / sentence.length)),
    );
    const corpus = await loadCorpus(dir);
    expect(corpus.passages.length).toBeGreaterThan(30_000);
    expect(corpus.passages.every((p) => p.text.split(' ').length <= 200)).toBe(true);
  }, 60_000);
});
