import { describe, expect, it } from 'vitest';
import { RateLimiter, rateLimitMessage } from '../../src/discord/rate-limit.js';

describe('RateLimiter', () => {
  it('admits `limit` questions per window per user, then tells how long to wait', () => {
    let now = 0;
    const limiter = new RateLimiter(2, 60_000, () => now);
    expect(limiter.take('u1')).toEqual({ ok: true });
    now = 10_000;
    expect(limiter.take('u1')).toEqual({ ok: true });
    expect(limiter.take('u2')).toEqual({ ok: true });
    now = 20_000;
    expect(limiter.take('u1')).toEqual({ ok: false, retryAfterMs: 40_000, firstRefusal: true });
    expect(limiter.take('u1')).toEqual({ ok: false, retryAfterMs: 40_000, firstRefusal: false });
    now = 60_001;
    expect(limiter.take('u1')).toEqual({ ok: true });
  });

  it('is off when the limit is 0', () => {
    const limiter = new RateLimiter(0);
    for (let i = 0; i < 100; i++) expect(limiter.take('u').ok).toBe(true);
  });

  it('words the refusal in Chinese with whole seconds', () => {
    expect(rateLimitMessage({ retryAfterMs: 11_200 }, 10)).toBe(
      '你提问太快了，请 12 秒后再试（每人每分钟最多 10 次）。',
    );
    expect(rateLimitMessage({ retryAfterMs: 1 }, 10)).toMatch(/请 1 秒后/);
  });
});

describe('RateLimiter memory', () => {
  it('tracks at most maxKeys users, dropping the least recently seen', () => {
    const limiter = new RateLimiter(2, 60_000, () => 0, 3);
    for (const user of ['a', 'b', 'c']) limiter.take(user);
    limiter.take('a');
    limiter.take('d');
    expect(limiter.size).toBe(3);
    // b was dropped (least recently seen): it starts afresh; a kept its two questions and is refused.
    expect(limiter.take('a')).toMatchObject({ ok: false });
    expect(limiter.take('b')).toEqual({ ok: true });
  });
});
