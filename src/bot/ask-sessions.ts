/** What the `/ask` buttons need to continue a question: a `custom_id` (100 characters) cannot hold it. */
export interface AskSession {
  question: string;
  /** Results per page. */
  limit: number;
}

/** How long `/ask` buttons keep working: long enough to read the answer, short enough to keep memory small. */
export const ASK_SESSION_TTL_MS = 15 * 60_000;

/** Most sessions kept at once; the oldest go first. */
const MAX_SESSIONS = 1000;

/**
 * Short-lived memory of recent `/ask` questions, keyed by the id of the interaction that asked.
 * Buttons carry that id and a page offset, not the question; after the TTL, or a restart, they answer "expired,
 * ask again".
 */
export class AskSessions {
  private readonly sessions = new Map<string, { session: AskSession; expires: number }>();

  /** @param clock milliseconds since the epoch, like `Date.now`. */
  constructor(
    private readonly clock: () => number,
    private readonly ttlMs = ASK_SESSION_TTL_MS,
  ) {}

  /** Remembers a question under the id its buttons will carry. */
  remember(id: string, session: AskSession): void {
    this.sessions.set(id, { session, expires: this.clock() + this.ttlMs });
    // Maps iterate in insertion order, so the first key is the oldest session.
    if (this.sessions.size > MAX_SESSIONS) this.sessions.delete(this.sessions.keys().next().value!);
  }

  /** The question behind a button, or undefined when it has expired or was never seen. */
  recall(id: string): AskSession | undefined {
    const entry = this.sessions.get(id);
    if (entry === undefined) return undefined;
    if (entry.expires <= this.clock()) {
      this.sessions.delete(id);
      return undefined;
    }
    return entry.session;
  }
}
