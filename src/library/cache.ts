import { createHash, randomUUID } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/types.ts';
import { ANALYSIS_VERSION, SearchIndex } from '../search/search-index.ts';
import { fromChunkedJson, fromChunkedJsonSync, toChunkedJson } from './chunked-json.ts';

/**
 * Version of the cache file layout (header line + chunked-JSON body, see chunked-json.ts). Bump when the layout
 * changes; the search engine's analysis version is part of the key separately.
 */
const CACHE_FORMAT = 'index-cache-2';

/** First line of a cache file: what it was built from, so a stale or cut-short file is told apart cheaply. */
interface CacheHeader {
  format: string;
  key: string;
  passages: number;
  /** Length of the body in bytes: a truncated write shows up as a mismatch before any parsing. */
  bodyBytes: number;
}

/** Outcome of {@link readIndexCache}: the index, or why the cache could not be used. */
export type CacheRead =
  { status: 'hit'; index: SearchIndex } | { status: 'missing' | 'stale' | 'corrupt'; reason: string };

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

/** What a cached index must have been built from: this corpus content, this analysis, this file layout. */
export function cacheKey(corpus: Pick<Corpus, 'hash'>): string {
  return createHash('sha256').update(`${CACHE_FORMAT}\0${ANALYSIS_VERSION}\0${corpus.hash}`).digest('hex');
}

/**
 * Serialises an index into the cache file body. Kept apart from writing so a worker thread can do this (slow)
 * part and hand the bytes over.
 */
export function serialiseIndex(corpus: Pick<Corpus, 'hash' | 'passages'>, index: SearchIndex): Buffer {
  const body = Buffer.from(toChunkedJson(index.toJSON()));
  const header: CacheHeader = {
    format: CACHE_FORMAT,
    key: cacheKey(corpus),
    passages: corpus.passages.length,
    bodyBytes: body.length,
  };
  return Buffer.concat([Buffer.from(`${JSON.stringify(header)}\n`), body]);
}

/**
 * Writes a serialised index atomically (temporary file, then rename), so a crash mid-write leaves either the old
 * file or none — never half a file under the real name.
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

/** Splits a cache file into its header and body, or says what is wrong with it. */
function parseCacheFile(bytes: Buffer): { header: CacheHeader; body: Buffer } | string {
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return 'it has no header line';
  let header: CacheHeader;
  try {
    header = JSON.parse(bytes.subarray(0, newline).toString('utf8')) as CacheHeader;
  } catch {
    return 'its header is not JSON';
  }
  if (header?.format !== CACHE_FORMAT)
    return `its format is ${String(header?.format)}, expected ${CACHE_FORMAT}`;
  const body = bytes.subarray(newline + 1);
  if (body.length !== header.bodyBytes)
    return `it holds ${body.length} of ${header.bodyBytes} bytes (truncated?)`;
  return { header, body };
}

/**
 * Checks a cache file's header against `corpus` without parsing the body: cheap enough to decide, in the worker,
 * whether a rebuild is needed. Returns the body to parse, or why the file cannot be used.
 */
export function inspectCache(
  bytes: Buffer,
  corpus: Pick<Corpus, 'hash' | 'passages'>,
): { status: 'usable'; body: Buffer } | Exclude<CacheRead, { status: 'hit' }> {
  const parsed = parseCacheFile(bytes);
  if (typeof parsed === 'string') return { status: 'corrupt', reason: parsed };
  const { header, body } = parsed;
  if (header.key !== cacheKey(corpus)) {
    return { status: 'stale', reason: 'it was built from other corpus content or analysis settings' };
  }
  if (header.passages !== corpus.passages.length) {
    return {
      status: 'corrupt',
      reason: `it has ${header.passages} passages, the corpus ${corpus.passages.length}`,
    };
  }
  return { status: 'usable', body };
}

/** Checks that a restored index covers the whole corpus. */
function served(index: SearchIndex, corpus: Pick<Corpus, 'passages'>): CacheRead {
  if (index.passageCount !== corpus.passages.length) {
    return { status: 'corrupt', reason: `it restored ${index.passageCount} passages` };
  }
  return { status: 'hit', index };
}

/**
 * Restores an index from `bytes` (a cache file) for `corpus`, checking the key, the passage count and the data
 * itself: a cache for other content, another analysis version or a damaged file is reported, never served.
 * Blocks until done: for start-up, when nothing else waits.
 */
export function deserialiseIndex(bytes: Buffer, corpus: Pick<Corpus, 'hash' | 'passages'>): CacheRead {
  const inspected = inspectCache(bytes, corpus);
  if (inspected.status !== 'usable') return inspected;
  try {
    return served(SearchIndex.fromJSON(fromChunkedJsonSync(inspected.body), corpus.passages), corpus);
  } catch (error) {
    return { status: 'corrupt', reason: (error as Error).message };
  }
}

/** Like {@link deserialiseIndex}, but parses in slices so the event loop keeps turning (for reloads). */
export async function deserialiseIndexAsync(
  bytes: Buffer,
  corpus: Pick<Corpus, 'hash' | 'passages'>,
): Promise<CacheRead> {
  const inspected = inspectCache(bytes, corpus);
  if (inspected.status !== 'usable') return inspected;
  try {
    const data = await fromChunkedJson(inspected.body);
    return served(await SearchIndex.fromJSONAsync(data, corpus.passages), corpus);
  } catch (error) {
    return { status: 'corrupt', reason: (error as Error).message };
  }
}

/** Reads and checks the cache file for `corpus`; see {@link deserialiseIndex}. */
export async function readIndexCache(
  file: string,
  corpus: Pick<Corpus, 'hash' | 'passages'>,
): Promise<CacheRead> {
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return {
      status: 'missing',
      reason: code === 'ENOENT' ? 'no cache file yet' : `it cannot be read (${code})`,
    };
  }
  return deserialiseIndex(bytes, corpus);
}
