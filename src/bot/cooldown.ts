/**
 * Per-key cooldowns (a user, a channel) measured on an injected clock, so tests can move time by hand.
 *
 * @example
 * const cooldowns = new Cooldowns(Date.now);
 * cooldowns.secondsLeft('user:1'); // 0: may ask
 * cooldowns.start('user:1', 5);
 * cooldowns.secondsLeft('user:1'); // 5
 */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  /** @param clock milliseconds since the epoch, like `Date.now`. */
  constructor(private readonly clock: () => number) {}

  /** Whole seconds until `key` may act again (rounded up, so never "0 seconds"); 0 when it may act now. */
  secondsLeft(key: string): number {
    const until = this.until.get(key);
    return until === undefined ? 0 : Math.max(0, Math.ceil((until - this.clock()) / 1000));
  }

  /** Starts `key`'s cooldown now; 0 seconds means no cooldown. */
  start(key: string, seconds: number): void {
    if (seconds <= 0) return;
    const now = this.clock();
    this.until.set(key, now + seconds * 1000);
    // Forget finished cooldowns now and then, so a busy server's map does not grow without bound.
    if (this.until.size > 1000) {
      for (const [k, until] of this.until) if (until <= now) this.until.delete(k);
    }
  }
}

/**
 * The cooldown key of a user's questions: `/ask` and mentions share it, so switching between them does not skip
 * the wait.
 */
export function askCooldownKey(userId: string): string {
  return `ask:${userId}`;
}
