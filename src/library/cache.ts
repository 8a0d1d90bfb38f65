import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus, CorpusDocument } from '../corpus/types.ts';
import { ANALYSIS_VERSION, SearchIndex } from '../search/search-index.ts';
import { fromChunkedJson, fromChunkedJsonSync, toChunkedJson } from './chunked-json.ts';
import { fromColumns, fromColumnsInSlices, toColumns, type PassageColumns } from './passage-columns.ts';

/**
 * Version of the cache file layout (header line + chunked-JSON body, see chunked-json.ts). Bump when the layout
 * changes; the parser's and the search engine's versions are part of the key separately.
 */
const CACHE_FORMAT = 'index-cache-3';

/** First line of a cache file: what it was built from, so a stale or cut-short file is told apart cheaply. */
interface CacheHeader {
  format: string;
  key: string;
  passages: number;
  /** Length of the body in bytes: a truncated write shows up as a mismatch before any parsing. */
  bodyBytes: number;
}

/** The body: the parsed corpus and its index, so a warm start neither parses documents nor builds. */
interface SavedSnapshot {
  documents: CorpusDocument[];
  warnings: string[];
  passages: PassageColumns;
  index: unknown;
}

/**
 * How a cache body is turned into objects: `blocking` parses in one go (fastest; for start-up, when nothing is
 * served yet), `yielding` in slices of a few ms (for a reload, while questions keep coming).
 */
export type ParseMode = 'blocking' | 'yielding';

/** Why a cache file cannot be used. */
export interface CacheMiss {
  status: 'missing' | 'stale' | 'corrupt';
  reason: string;
}

/** Outcome of {@link restoreSnapshot}: the corpus and its index, or why the cache could not be used. */
export type CacheRead = { status: 'hit'; corpus: Corpus; index: SearchIndex } | CacheMiss;

/** A cache file whose header matches: its body still has to be restored (and may yet turn out damaged). */
export interface UsableCache {
  status: 'usable';
  passages: number;
  body: Buffer;
}

/**
 * The default cache folder for a corpus: `.index-cache/` beside the corpus folder (git-ignored), so a read-only
 * corpus folder still gets a cache.
 *
 * @example defaultCacheDir('/srv/bot/seeds') // '/srv/bot/.index-cache'
 */
export function defaultCacheDir(corpusDir: string): string {
  return path.join(path.dirname(path.resolve(corpusDir)), '.index-cache');
}

/**
 * The cache file for a corpus folder: named after the folder plus a hash of its absolute path, so two corpora
 * that share a cache folder never overwrite each other.
 *
 * @example cacheFileFor('/srv/bot/.index-cache', '/srv/bot/seeds') // '/srv/bot/.index-cache/seeds-1a2b3c4d5e6f.index'
 */
export function cacheFileFor(cacheDir: string, corpusDir: string): string {
  const absolute = path.resolve(corpusDir);
  const id = createHash('sha256').update(absolute).digest('hex').slice(0, 12);
  return path.join(cacheDir, `${path.basename(absolute)}-${id}.index`);
}

/**
 * What a cache must have been built from: this corpus content and parser version (both in `corpusHash`, see
 * src/corpus/hash.ts), this analysis, this file layout.
 */
export function cacheKey(corpusHash: string): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${ANALYSIS_VERSION}\0${corpusHash}`).digest('hex');
}

/**
 * Serialises a corpus and its index into a cache file. Kept apart from writing so a worker thread can do this
 * (slow) part and hand the bytes over.
 */
export function serialiseSnapshot(corpus: Corpus, index: SearchIndex): Buffer {
  const saved: SavedSnapshot = {
    documents: corpus.documents,
    warnings: corpus.warnings,
    passages: toColumns(corpus.passages),
    index: index.toJSON(),
  };
  const body = Buffer.from(toChunkedJson(saved));
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    key: cacheKey(corpus.hash),
    passages: corpus.passages.length,
    bodyBytes: body.length,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/**
 * Writes a cache file atomically (temporary file, then rename), so a crash mid-write leaves either the old file
 * or none — never half a file under the real name.
 *
 * @returns the bytes written.
 */
export async function writeCacheFile(file: string, bytes: Buffer): Promise<number> {
  await mkdir(path.dirname(file), { recursive: true });
  // Unique per write: two libraries on one corpus may save at the same moment, and the last rename wins whole.
  const temporary = `${file}.${randomUUID()}.tmp`;
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return bytes.length;
}

/** Reads a cache file, or says why there is none to use. */
export async function readCacheFile(file: string): Promise<Buffer | CacheMiss> {
  try {
    return await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      status: 'missing',
      reason: code === 'ENOENT' ? 'no cache file yet' : `it cannot be read (${code})`,
    };
  }
}

/**
 * Checks a cache file's header against the corpus hash without parsing the body: cheap enough to decide whether
 * a build is needed. Returns the body to restore, or why the file cannot be used.
 */
export function inspectCache(bytes: Buffer, corpusHash: string): UsableCache | CacheMiss {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return { status: 'corrupt', reason: 'it has no header line' };
  let header: Partial<CacheHeader> | null;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as Partial<CacheHeader> | null;
  } catch {
    return { status: 'corrupt', reason: 'its header is not JSON' };
  }
  if (header?.format !== CACHE_FORMAT) {
    return { status: 'stale', reason: `its format is ${String(header?.format)}, expected ${CACHE_FORMAT}` };
  }
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bodyBytes) {
    return { status: 'corrupt', reason: `it holds ${body.length} of ${header.bodyBytes} bytes (truncated?)` };
  }
  if (header.key !== cacheKey(corpusHash)) {
    return {
      status: 'stale',
      reason: 'it was built from other corpus content, parser or analysis settings',
    };
  }
  if (!Number.isInteger(header.passages))
    return { status: 'corrupt', reason: 'its header has no passage count' };
  return { status: 'usable', passages: header.passages as number, body };
}

/**
 * Restores the corpus and index from a cache body that {@link inspectCache} found usable, checking the data
 * itself: a damaged body is reported, never served.
 */
export async function restoreSnapshot(
  cache: UsableCache,
  head: Pick<Corpus, 'dir' | 'hash'>,
  mode: ParseMode,
): Promise<CacheRead> {
  try {
    const saved = (
      mode === 'blocking' ? fromChunkedJsonSync(cache.body) : await fromChunkedJson(cache.body)
    ) as Partial<SavedSnapshot> | null;
    const { documents, warnings } = saved ?? {};
    if (!Array.isArray(documents) || !Array.isArray(warnings)) {
      return { status: 'corrupt', reason: 'it has no document list' };
    }
    const passages =
      mode === 'blocking'
        ? fromColumns(saved?.passages, documents)
        : await fromColumnsInSlices(saved?.passages, documents);
    if (passages.length !== cache.passages) {
      return { status: 'corrupt', reason: `it restored ${passages.length} of ${cache.passages} passages` };
    }
    const index =
      mode === 'blocking'
        ? SearchIndex.fromJSON(saved?.index, passages)
        : await SearchIndex.fromJSONAsync(saved?.index, passages);
    if (index.passageCount !== passages.length) {
      return { status: 'corrupt', reason: `it restored ${index.passageCount} passages` };
    }
    return { status: 'hit', corpus: { ...head, documents, warnings, passages }, index };
  } catch (error) {
    return { status: 'corrupt', reason: (error as Error).message };
  }
}
