import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CorpusError } from './errors.ts';
import { assertFolder, listDocuments } from './files.ts';
import { corpusHash, sha256, type FileDigest } from './hash.ts';
import { parseDocument } from './parse.ts';
import type { Corpus, CorpusDocument, Passage } from './types.ts';

/** Progress of a corpus load, reported every few files. */
export interface LoadProgress {
  files: number;
  totalFiles: number;
  passages: number;
  elapsedMs: number;
}

/** Options for {@link loadCorpus}. */
export interface LoadOptions {
  /** Called once per skipped file with a message naming it and why. */
  onWarning?: (message: string) => void;
  /** Called every PROGRESS_EVERY files and once at the end. */
  onProgress?: (progress: LoadProgress) => void;
}

const PROGRESS_EVERY = 200;
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a file as UTF-8 text, or says in a few words why it is not usable text. */
export function decodeText(bytes: Buffer): { text: string } | { problem: string } {
  if (bytes.length === 0) return { problem: 'is empty' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { problem: 'is UTF-16 text, not UTF-8: re-save it as UTF-8' };
  }
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'looks binary (it contains NUL bytes)' };
  try {
    const text = utf8.decode(bytes);
    if (text.trim().length === 0) return { problem: 'is empty (only white space)' };
    return { text };
  } catch {
    return { problem: 'is not valid UTF-8 text: re-save it as UTF-8' };
  }
}

/**
 * Reads every `.txt` and `.md` file under `dir` (recursively, sorted by path) into citable passages.
 * Unusable files (empty, binary, not UTF-8, no text) are skipped with a warning naming them.
 *
 * @throws CorpusError when the folder is missing or holds no usable document.
 * @example
 * const corpus = await loadCorpus('seeds', { onWarning: (m) => logger.warn(m) });
 * corpus.passages[0]; // { id: '000_7bf636c70ad690dd.txt#1', passage: 1, text: 'Iran’s ruler…', … }
 */
export async function loadCorpus(dir: string, options: LoadOptions = {}): Promise<Corpus> {
  const root = path.resolve(dir);
  await assertFolder(root);
  const started = Date.now();
  const files = await listDocuments(root);
  const documents: CorpusDocument[] = [];
  const passages: Passage[] = [];
  const warnings: string[] = [];
  const digests: FileDigest[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  const report = (done: number): void =>
    options.onProgress?.({
      files: done,
      totalFiles: files.length,
      passages: passages.length,
      elapsedMs: Date.now() - started,
    });

  for (const [index, docId] of files.entries()) {
    const bytes = await readFile(path.join(root, docId)).catch((error: NodeJS.ErrnoException) => {
      warn(`corpus: skipped ${docId}: cannot be read (${error.code ?? error.message})`);
      return undefined;
    });
    if (bytes) {
      const contentHash = sha256(bytes);
      digests.push({ docId, contentHash });
      addDocument(docId, bytes, contentHash);
    }
    if ((index + 1) % PROGRESS_EVERY === 0) report(index + 1);
  }
  report(files.length);

  function addDocument(docId: string, bytes: Buffer, contentHash: string): void {
    const decoded = decodeText(bytes);
    if ('problem' in decoded) return warn(`corpus: skipped ${docId}: it ${decoded.problem}`);
    const parsed = parseDocument(docId, decoded.text);
    if (parsed.passages.length === 0)
      return warn(`corpus: skipped ${docId}: it has a title but no paragraphs`);
    passages.push(...parsed.passages);
    documents.push({
      docId,
      title: parsed.title,
      source: parsed.source,
      passageCount: parsed.passages.length,
      paragraphCount: parsed.paragraphCount,
      contentHash,
    });
  }

  if (documents.length === 0) {
    const why =
      files.length === 0 ? 'has no .txt or .md files' : `has ${files.length} file(s) but none is usable text`;
    throw new CorpusError(`corpus: folder ${root} ${why} — add UTF-8 .txt or .md documents to it`);
  }
  // Over every file read, skipped ones too, so a warm start can compute it without parsing (see hash.ts).
  return { dir: root, documents, passages, warnings, hash: corpusHash(digests) };
}
