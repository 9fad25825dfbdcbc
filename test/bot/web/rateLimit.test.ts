import { RateLimiter } from '../../../bot/web/rateLimit';

describe('RateLimiter', () => {
  it('allows the limit per window, then says how long to wait, then allows again', () => {
    let now = 0;
    const limiter = new RateLimiter({ limit: 2, windowSeconds: 10 }, () => now);
    expect(limiter.take('a')).toEqual({ allowed: true });
    expect(limiter.take('a')).toEqual({ allowed: true });
    now = 3000;
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterSeconds: 7 });
    expect(limiter.take('b')).toEqual({ allowed: true });
    now = 10_000;
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
});
