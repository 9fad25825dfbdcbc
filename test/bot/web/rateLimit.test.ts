import { RateLimiter, withoutPort } from '../../../bot/web/rateLimit';

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

describe('withoutPort', () => {
  it('drops the port App Service appends, and leaves bare IPv6 whole', () => {
    expect(withoutPort('203.0.113.7:51234')).toBe('203.0.113.7');
    expect(withoutPort('203.0.113.7')).toBe('203.0.113.7');
    expect(withoutPort('[2001:db8::1]:51234')).toBe('2001:db8::1');
    expect(withoutPort('2001:db8::1')).toBe('2001:db8::1');
  });
});
