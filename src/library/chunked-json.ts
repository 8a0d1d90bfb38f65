/**
 * JSON in many short lines instead of one long one, so a large value (a 100k-passage index is ~75 MB of JSON)
 * can be parsed a slice at a time with the event loop free in between — one `JSON.parse` of the whole text blocks
 * the main thread for about a second.
 *
 * Layout: every line is `[containerId, items, refs]`. Container 0 is the root (a one-item array holding the
 * value). `items` are appended to the container: array elements, or `[key, value]` entries for an object. Any
 * array or object inside with more than {@link MAX_INLINE_ITEMS} items is written as `null` in place, listed in `refs`
 * as `[path, newId, kind]` (path from the line's items), and streamed in later lines of its own. JSON never puts
 * a raw newline inside a value, so lines split cleanly. A last line `[-1, [], []]` marks the end, so text cut
 * short at a line boundary is still told apart from a complete one.
 */

/**
 * Containers with more items than this are streamed in their own lines rather than written inline. Objects get a
 * higher bar: setting keys one by one costs far more than letting JSON.parse build the object, and even 20k
 * entries parse in a few milliseconds.
 */
const MAX_INLINE_ITEMS = { array: 1000, object: 20_000 };
/** Aim for lines of about this many characters: each parses in well under a millisecond. */
const LINE_CHARS = 64 * 1024;

type Container = unknown[] | Record<string, unknown>;
type Ref = [path: (string | number)[], id: number, kind: 'a' | 'o'];
type Line = [id: number, items: unknown[], refs: Ref[]];
const END: Line = [-1, [], []];

function isPlainContainer(value: unknown): value is Container {
  return typeof value === 'object' && value !== null;
}

function isLarge(container: Container): boolean {
  return Array.isArray(container)
    ? container.length > MAX_INLINE_ITEMS.array
    : Object.keys(container).length > MAX_INLINE_ITEMS.object;
}

/**
 * Serialises a JSON-able value (plain objects, arrays, strings, numbers, booleans, null) as chunked JSON.
 *
 * @example fromChunkedJsonSync(Buffer.from(toChunkedJson({ a: [1, 2] }))) // { a: [1, 2] }
 */
export function toChunkedJson(value: unknown): string {
  const lines: string[] = [];
  // A container's id is its place in this queue; the root is 0.
  const queue: Container[] = [[value]];
  const path: (string | number)[] = [];
  let refs: Ref[] = [];

  /** `node`, or a copy of it with large containers replaced by null and queued; copies only when that happens. */
  function inline(node: unknown): unknown {
    if (!isPlainContainer(node)) return node;
    if (isLarge(node)) {
      refs.push([[...path], queue.length, Array.isArray(node) ? 'a' : 'o']);
      queue.push(node);
      return null;
    }
    const children = node as Record<string | number, unknown>;
    let copy: Record<string | number, unknown> | undefined;
    for (const key of Array.isArray(node) ? node.keys() : Object.keys(node)) {
      path.push(key);
      const out = inline(children[key]);
      path.pop();
      if (out === children[key]) continue;
      copy ??= (Array.isArray(node) ? [...node] : { ...node }) as Record<string | number, unknown>;
      copy[key] = out;
    }
    return copy ?? node;
  }

  // Not forEach: containers queued while a line is written must be visited too.
  for (let id = 0; id < queue.length; id++) {
    const container = queue[id] as Container;
    const entries: unknown[] = Array.isArray(container) ? container : Object.entries(container);
    let items: string[] = [];
    let chars = 0;
    const flush = (): void => {
      lines.push(`[${id},[${items.join(',')}],${JSON.stringify(refs)}]`);
      [items, refs, chars] = [[], [], 0];
    };
    for (const entry of entries) {
      path.push(items.length);
      const json = JSON.stringify(inline(entry)) ?? 'null';
      path.pop();
      items.push(json);
      chars += json.length;
      if (chars >= LINE_CHARS) flush();
    }
    if (items.length > 0 || entries.length === 0) flush();
  }
  lines.push(JSON.stringify(END));
  return lines.join('\n');
}

/** Reassembles chunked JSON one line at a time, so the caller decides when to let the event loop run. */
class Assembler {
  private readonly root: unknown[] = [];
  private readonly containers = new Map<number, Container>([[0, this.root]]);
  private start = 0;
  private complete = false;

  constructor(private readonly bytes: Buffer) {}

  get done(): boolean {
    return this.start >= this.bytes.length;
  }

  /** Parses the next line into place. */
  step(): void {
    const { bytes, start } = this;
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const [id, items, refs] = JSON.parse(bytes.toString('utf8', start, end)) as Line;
    this.start = end + 1;
    if (id === END[0]) {
      this.complete = this.done;
      return;
    }
    const target = this.containers.get(id);
    if (!target || !Array.isArray(items) || !Array.isArray(refs)) {
      throw new Error(`chunked JSON: line at byte ${start} is malformed`);
    }
    for (const [path, refId, kind] of refs) {
      const parent = path
        .slice(0, -1)
        .reduce<unknown>((node, key) => (node as Container)[key as never], items);
      const fresh: Container = kind === 'a' ? [] : {};
      (parent as Record<string | number, unknown>)[path[path.length - 1] as string | number] = fresh;
      this.containers.set(refId, fresh);
    }
    if (Array.isArray(target)) for (const item of items) target.push(item);
    else for (const [key, item] of items as [string, unknown][]) target[key] = item;
  }

  result(): unknown {
    if (!this.complete || this.root.length !== 1) throw new Error('chunked JSON: incomplete (no end line)');
    return this.root[0];
  }
}

/**
 * Parses chunked JSON in one go (start-up, when nobody is waiting on the event loop).
 *
 * @throws Error or SyntaxError when the text is not chunked JSON (e.g. truncated).
 */
export function fromChunkedJsonSync(bytes: Buffer): unknown {
  const assembler = new Assembler(bytes);
  while (!assembler.done) assembler.step();
  return assembler.result();
}

/**
 * Parses chunked JSON in slices of about `sliceMs` of work, yielding to the event loop between slices, so
 * questions keep being answered while a large index is read on the main thread.
 *
 * @throws like {@link fromChunkedJsonSync}.
 */
export async function fromChunkedJson(bytes: Buffer, sliceMs = 5): Promise<unknown> {
  const assembler = new Assembler(bytes);
  while (!assembler.done) {
    const sliceEnd = performance.now() + sliceMs;
    while (!assembler.done && performance.now() < sliceEnd) assembler.step();
    await new Promise((resolve) => setImmediate(resolve));
  }
  return assembler.result();
}
