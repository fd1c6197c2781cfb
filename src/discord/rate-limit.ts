/**
 * Per-user sliding-window limit on questions (commands, buttons, messages; not autocomplete).
 */
export type RateDecision = { ok: true } | { ok: false; retryAfterMs: number; firstRefusal: boolean };

export class RateLimiter {
  readonly #hits = new Map<string, { times: number[]; refused: boolean }>();
  #calls = 0;

  /**
   * `limit` questions per `windowMs` per key; 0 turns the limit off. At most `maxKeys` users are
   * tracked at once (the least recently seen are dropped first); idle entries are swept.
   */
  constructor(
    readonly limit: number,
    readonly windowMs = 60_000,
    private readonly now: () => number = Date.now,
    readonly maxKeys = 50_000,
  ) {}

  /** Users tracked now. */
  get size(): number {
    return this.#hits.size;
  }

  take(key: string): RateDecision {
    if (this.limit <= 0) return { ok: true };
    const now = this.now();
    if (++this.#calls % 1000 === 0) this.#sweep(now);
    const entry = this.#hits.get(key) ?? { times: [], refused: false };
    // Re-inserted on every question: Map order is then least recently seen first.
    this.#hits.delete(key);
    this.#hits.set(key, entry);
    for (const oldest of this.#hits.keys()) {
      if (this.#hits.size <= this.maxKeys) break;
      this.#hits.delete(oldest);
    }
    entry.times = entry.times.filter((t) => t > now - this.windowMs);
    if (entry.times.length < this.limit) {
      entry.times.push(now);
      entry.refused = false;
      return { ok: true };
    }
    const oldest = entry.times[0] ?? now;
    const firstRefusal = !entry.refused;
    entry.refused = true;
    return { ok: false, retryAfterMs: oldest + this.windowMs - now, firstRefusal };
  }

  #sweep(now: number): void {
    for (const [key, entry] of this.#hits) {
      if (entry.times.every((t) => t <= now - this.windowMs)) this.#hits.delete(key);
    }
  }
}

/** "你提问太快了，请 12 秒后再试（每人每分钟最多 10 次）。" */
export function rateLimitMessage(decision: { retryAfterMs: number }, limit: number): string {
  const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
  return `你提问太快了，请 ${seconds} 秒后再试（每人每分钟最多 ${limit} 次）。`;
}
