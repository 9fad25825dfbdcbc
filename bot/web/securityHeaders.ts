import type { Next, Request, Response } from 'restify';

export interface PolicyOptions {
  /** Extra origins the page may call (only Azure Direct Line, when it is used). */
  connectSources?: string[];
  /** Web Chat writes its styles into <style> elements; a per-page nonce lets exactly those through. */
  styleNonce?: string;
}

const EMPTY_STYLE_HASH = 'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=';

/**
 * Only our own origin, nothing inline, no framing: the page must not be able to reach (or be reached by)
 * any third party, so nobody learns who opened a drug-service chat.
 */
export function contentSecurityPolicy(options: PolicyOptions = {}): string {
  // The hash is of the empty string: Web Chat adds one empty <style> without the nonce.
  const styles = options.styleNonce ? `'self' 'nonce-${options.styleNonce}' '${EMPTY_STYLE_HASH}'` : "'self'";
  return [
    "default-src 'self'",
    "script-src 'self'",
    `style-src ${styles}`,
    // Web Chat draws a few icons as data: and blob: URIs; neither can reach the network.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...(options.connectSources ?? [])].join(' '),
    "media-src 'none'",
    "object-src 'none'",
    "frame-src 'none'",
    "worker-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export function setSecurityHeaders(res: Response, policy: PolicyOptions & { hsts?: boolean } = {}): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(policy));
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  if (policy.hsts) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
}

/**
 * Restify middleware for every route (`server.use(securityHeaders(...))`). Pages that need a style nonce
 * call `setSecurityHeaders` again with it, which replaces the policy.
 */
export function securityHeaders(
  policy: Omit<PolicyOptions, 'styleNonce'> & { hsts?: boolean } = {},
): (req: Request, res: Response, next: Next) => void {
  return (_req, res, next) => {
    setSecurityHeaders(res, policy);
    next();
  };
}
