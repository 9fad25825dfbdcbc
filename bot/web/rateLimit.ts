import type { Request, Response, Next } from 'restify';

export interface RateLimitRule {
  /** Requests allowed per key in one window. */
  limit: number;
  windowSeconds: number;
}

export type RateDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Keys kept at most; past this, finished windows are swept so a flood of addresses cannot grow memory. */
const MAX_KEYS = 50_000;

/**
 * Fixed-window counters in memory. Keys (addresses, conversation ids) live only for one window and are
 * never logged.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { startedAt: number; count: number }>();

  constructor(
    private readonly rule: RateLimitRule,
    private readonly nowMs: () => number = Date.now,
  ) {}

  take(key: string): RateDecision {
    const now = this.nowMs();
    const windowMs = this.rule.windowSeconds * 1000;
    let window = this.windows.get(key);
    if (!window || now - window.startedAt >= windowMs) {
      if (!window && this.windows.size >= MAX_KEYS) this.sweep(now, windowMs);
      window = { startedAt: now, count: 0 };
      this.windows.set(key, window);
    }
    window.count += 1;
    if (window.count <= this.rule.limit) return { allowed: true };
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((window.startedAt + windowMs - now) / 1000)) };
  }

  private sweep(now: number, windowMs: number): void {
    for (const [key, window] of this.windows) {
      if (now - window.startedAt >= windowMs) this.windows.delete(key);
    }
    // Still full: everyone is active. Forgetting the oldest is kinder than refusing strangers.
    if (this.windows.size >= MAX_KEYS) this.windows.clear();
  }
}

/** The caller's address; behind a reverse proxy (Azure App Service) pass `trustProxy` to read X-Forwarded-For. */
export function clientAddress(req: Request, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = req.headers['x-forwarded-for'];
    const first = (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0]?.trim();
    if (first) return withoutPort(first);
  }
  return req.socket?.remoteAddress ?? 'unknown';
}

/** App Service appends the port ("1.2.3.4:5678", "[2001:db8::1]:5678"); a bare IPv6 address has no port. */
export function withoutPort(address: string): string {
  const bracketed = /^\[([^\]]+)\]/.exec(address);
  if (bracketed?.[1]) return bracketed[1];
  return address.split(':').length === 2 ? (address.split(':')[0] ?? address) : address;
}

/** Sends 429 with Retry-After (seconds) and a short plain-language JSON body. */
export function refuseTooMany(res: Response, decision: { retryAfterSeconds: number }): void {
  res.header('Retry-After', String(decision.retryAfterSeconds));
  res.send(429, { error: { code: 'TooManyRequests', message: 'Too many requests. Please wait a moment and try again.' } });
}

/**
 * Restify middleware: a per-address limit for the routes whose path starts with one of `pathPrefixes`
 * (all routes if none are given).
 */
export function rateLimitByAddress(
  rule: RateLimitRule,
  options: { trustProxy?: boolean; pathPrefixes?: string[]; nowMs?: () => number } = {},
): (req: Request, res: Response, next: Next) => void {
  const limiter = new RateLimiter(rule, options.nowMs);
  return (req, res, next) => {
    const path = req.getPath();
    if (options.pathPrefixes && !options.pathPrefixes.some((prefix) => path.startsWith(prefix))) return next();
    const decision = limiter.take(clientAddress(req, options.trustProxy ?? false));
    if (decision.allowed) return next();
    refuseTooMany(res, decision);
    return next(false);
  };
}
