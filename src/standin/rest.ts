import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Recorder } from './recorder.ts';

/** An HTTP answer from a route handler: status and JSON body (none for 204). */
export interface Reply {
  status: number;
  body?: unknown;
}

/** What a route handler gets: path parameters (decoded), query string and parsed JSON body (`{}` when empty). */
export interface RouteContext {
  params: Record<string, string>;
  query: Record<string, string>;
  body: unknown;
}

/** One REST route. `auth: false` for the interaction and webhook-token routes, which discord.js calls without auth. */
export interface Route {
  method: string;
  path: string;
  auth: boolean;
  handle(ctx: RouteContext): Reply;
}

/** Every API path lives under this prefix: discord.js requests `${rest.api}/v10${route}`. */
const API_PREFIX = '/api/v10';

/** Requests allowed per bucket per window; generous so tests never wait unless they ask for a 429. */
const BUCKET_LIMIT = 50;
const BUCKET_WINDOW_MS = 1000;

interface CompiledRoute extends Route {
  key: string;
  pattern: RegExp;
  names: string[];
}

/**
 * The HTTP side of the stand-in: routes requests, checks `Authorization: Bot <token>`, adds Discord's rate-limit
 * headers to every answer, answers 429 when a test asked for one, and records every request.
 */
export class RestServer {
  private readonly routes: CompiledRoute[];
  private readonly buckets = new Map<string, { start: number; count: number }>();
  private readonly forced429: Array<{ route: string; seconds: number }> = [];

  constructor(
    private readonly token: string,
    private readonly recorder: Recorder,
    routes: Route[],
  ) {
    this.routes = routes.map((route) => {
      const names: string[] = [];
      const source = route.path.replace(/:(\w+)/g, (_m, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      return { ...route, key: `${route.method} ${route.path}`, pattern: new RegExp(`^${source}$`), names };
    });
  }

  /** Route keys (`METHOD /path/:param`) a test may pass to {@link RestServer.rateLimitNext}. */
  get routeKeys(): string[] {
    return this.routes.map((r) => r.key);
  }

  /** Makes the next request to `route` (e.g. `POST /interactions/:id/:token/callback`) answer 429. */
  rateLimitNext(route: string, retryAfterSeconds: number): void {
    if (!this.routeKeys.includes(route)) {
      throw new Error(`stand-in: unknown route "${route}"; known routes: ${this.routeKeys.join(', ')}`);
    }
    this.forced429.push({ route, seconds: retryAfterSeconds });
  }

  /** Node `request` listener. */
  async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const method = req.method ?? 'GET';
    // discord.js encodes `@original` as `%40original`; Discord routes on the decoded path.
    const path = url.pathname.startsWith(API_PREFIX)
      ? url.pathname.slice(API_PREFIX.length).split('/').map(decodeURIComponent).join('/')
      : url.pathname;
    const query = Object.fromEntries(url.searchParams);
    const raw = await readBody(req);
    const parsed = parseBody(raw, req.headers['content-type']);
    const match = url.pathname.startsWith(API_PREFIX) ? this.match(method, path) : undefined;
    let reply: Reply;
    if ('error' in parsed) reply = { status: 400, body: { code: 50109, message: parsed.error } };
    else if (!match) reply = { status: 404, body: { code: 0, message: '404: Not Found' } };
    else if (match.route.auth && req.headers.authorization !== `Bot ${this.token}`) {
      reply = { status: 401, body: { code: 0, message: '401: Unauthorized' } };
    } else
      reply =
        this.take429(match.route.key) ??
        match.route.handle({ params: match.params, query, body: parsed.body });
    const body = 'body' in parsed ? parsed.body : undefined;
    this.recorder.request({
      method,
      path,
      route: match?.route.key ?? 'unknown',
      query,
      body,
      status: reply.status,
      at: Date.now(),
    });
    this.send(res, reply, match?.route, match?.params);
  }

  private match(
    method: string,
    path: string,
  ): { route: CompiledRoute; params: Record<string, string> } | undefined {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const m = route.pattern.exec(path);
      if (!m) continue;
      return { route, params: Object.fromEntries(route.names.map((name, i) => [name, m[i + 1] ?? ''])) };
    }
    return undefined;
  }

  private take429(key: string): Reply | undefined {
    const index = this.forced429.findIndex((f) => f.route === key);
    if (index < 0) return undefined;
    const [forced] = this.forced429.splice(index, 1);
    const seconds = forced?.seconds ?? 1;
    return {
      status: 429,
      body: { message: 'You are being rate limited.', retry_after: seconds, global: false },
    };
  }

  private send(
    res: ServerResponse,
    reply: Reply,
    route?: CompiledRoute,
    params?: Record<string, string>,
  ): void {
    // discord.js parses any application/json answer, so a body-less 204 must not claim to be JSON.
    if (reply.body !== undefined) res.setHeader('Content-Type', 'application/json');
    for (const [name, value] of Object.entries(this.rateLimitHeaders(reply, route, params)))
      res.setHeader(name, value);
    res.statusCode = reply.status;
    res.end(reply.body === undefined ? undefined : JSON.stringify(reply.body));
  }

  /** Discord's per-bucket headers; a bucket is the route plus its major parameter (channel, guild or webhook). */
  private rateLimitHeaders(
    reply: Reply,
    route?: CompiledRoute,
    params?: Record<string, string>,
  ): Record<string, string> {
    const template = route?.key ?? 'unknown';
    const major = params?.channel ?? params?.guild ?? params?.token ?? '';
    const key = `${template}:${major}`;
    const now = Date.now();
    let bucket = this.buckets.get(key);
    if (!bucket || now - bucket.start >= BUCKET_WINDOW_MS)
      this.buckets.set(key, (bucket = { start: now, count: 0 }));
    bucket.count++;
    const headers: Record<string, string> = {
      'X-RateLimit-Limit': String(BUCKET_LIMIT),
      'X-RateLimit-Remaining': String(Math.max(0, BUCKET_LIMIT - bucket.count)),
      'X-RateLimit-Reset': ((bucket.start + BUCKET_WINDOW_MS) / 1000).toFixed(3),
      'X-RateLimit-Reset-After': ((bucket.start + BUCKET_WINDOW_MS - now) / 1000).toFixed(3),
      'X-RateLimit-Bucket': createHash('sha1').update(template).digest('hex').slice(0, 32),
    };
    if (reply.status === 429) {
      const seconds = String((reply.body as { retry_after: number }).retry_after);
      Object.assign(headers, {
        'Retry-After': seconds,
        'X-RateLimit-Remaining': '0',
        'X-RateLimit-Reset-After': seconds,
        'X-RateLimit-Scope': 'user',
      });
    }
    return headers;
  }
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** JSON bodies, and multipart ones (discord.js switches to multipart when files are attached) via `payload_json`. */
function parseBody(raw: Buffer, contentType: string | undefined): { body: unknown } | { error: string } {
  if (raw.length === 0) return { body: {} };
  let text = raw.toString('utf8');
  if (contentType?.startsWith('multipart/form-data')) {
    const json = /name="payload_json"[^\r\n]*\r\n(?:[^\r\n]+\r\n)*\r\n([\s\S]*?)\r\n--/.exec(text);
    if (!json?.[1]) return { body: {} };
    text = json[1];
  }
  try {
    return { body: JSON.parse(text) as unknown };
  } catch {
    return { error: 'The request body contains invalid JSON.' };
  }
}
