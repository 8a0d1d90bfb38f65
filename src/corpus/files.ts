import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError } from './errors.ts';

const DOCUMENT_EXTENSION = /\.(txt|md)$/i;

/**
 * Checks that `dir` is a folder, so both reading the corpus and hashing it fail the same clear way.
 *
 * @throws CorpusError naming the path when it is missing or is a file.
 */
export async function assertFolder(dir: string): Promise<void> {
  let info;
  try {
    info = await stat(dir);
  } catch {
    throw new CorpusError(
      `corpus: folder ${dir} does not exist — point SEEDS_DIR (or --seeds) at a folder of .txt/.md files`,
    );
  }
  if (!info.isDirectory()) {
    throw new CorpusError(
      `corpus: ${dir} is a file, not a folder — point SEEDS_DIR (or --seeds) at a folder`,
    );
  }
}

/**
 * Lists `.txt`/`.md` files under `dir`, relative, with forward slashes, sorted; hidden entries are skipped.
 *
 * @example await listDocuments('seeds') // ['000_7bf636c70ad690dd.txt', 'news/iran.md']
 */
export async function listDocuments(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true });
  const found: string[] = [];
  for (const entry of entries) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const relative = prefix ? `${prefix}/${entry.name}` : entry.name;
    if (entry.isDirectory()) found.push(...(await listDocuments(dir, relative)));
    else if ((entry.isFile() || entry.isSymbolicLink()) && DOCUMENT_EXTENSION.test(entry.name))
      found.push(relative);
  }
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
