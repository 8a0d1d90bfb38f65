import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import path from 'node:path';
import { assertFolder, listDocuments } from './files.ts';

/**
 * Version of what the parsing code makes of a file (paragraphs, titles, sources, sentence windows, passage ids).
 * Part of every corpus hash, so a cache of parsed passages is never served after the parser changed: bump it
 * whenever a change to parse.ts, sentences.ts or windows.ts can change the passages a file yields.
 */
export const CORPUS_FORMAT_VERSION = 'corpus-3';

/** How many files are read at once while hashing: enough to keep the disk busy, few enough to bound memory. */
const READ_AHEAD = 16;
/**
 * Files are hashed a chunk of this size at a time: on a reload this runs on the bot's main thread, and hashing a
 * 50 MB file in one call would hold it for ~100 ms.
 */
const CHUNK_BYTES = 1024 * 1024;

/** Hex SHA-256 of `data`. */
export function sha256(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Hex SHA-256 of a file's bytes, read and hashed in chunks. */
async function hashFile(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK_BYTES }))
    hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** One file of a corpus folder as the hash sees it. */
export interface FileDigest {
  docId: string;
  /** Hex SHA-256 of the file's bytes. */
  contentHash: string;
}

/**
 * The corpus hash (`Corpus.hash`): the parser version plus every readable document file's path and content hash,
 * in path order. Skipped files count too, so it can be computed from the bytes alone, without parsing.
 * `version` is only ever given by tests, to fake a cache from another parser.
 */
export function corpusHash(files: readonly FileDigest[], version = CORPUS_FORMAT_VERSION): string {
  return sha256([version, ...files.map((f) => `${f.docId}\0${f.contentHash}`)].join('\n'));
}

/**
 * Computes the hash `loadCorpus` would give `dir`, from the files' bytes alone (list, read, SHA-256): the
 * cache key of a warm start, at a fraction of the cost of parsing. Unreadable files are left out, as the loader
 * leaves them out.
 *
 * @throws CorpusError when the folder is missing or is a file.
 */
export async function hashCorpusFolder(dir: string): Promise<string> {
  const root = path.resolve(dir);
  await assertFolder(root);
  const files = await listDocuments(root);
  const digests: (FileDigest | undefined)[] = [];
  for (let start = 0; start < files.length; start += READ_AHEAD) {
    const batch = files.slice(start, start + READ_AHEAD).map(async (docId) => {
      const contentHash = await hashFile(path.join(root, docId)).catch(() => undefined);
      return contentHash === undefined ? undefined : { docId, contentHash };
    });
    digests.push(...(await Promise.all(batch)));
  }
  return corpusHash(digests.filter((d) => d !== undefined));
}
