import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Stateless Direct Line tokens: `payload.signature`, both base64url. The payload names one conversation and
 * an expiry, so a token opens only its own conversation and nothing needs storing to check it. Tokens signed
 * before a restart stay valid as long as the secret is the same.
 */
export interface TokenClaims {
  conversationId: string;
  /** Seconds since the epoch. */
  expiresAt: number;
}

/** 18 random bytes: unguessable, and short enough to sit in a URL path. */
export function newConversationId(): string {
  return randomBytes(18).toString('base64url');
}

export function signToken(claims: TokenClaims, secret: string): string {
  const payload = Buffer.from(JSON.stringify({ c: claims.conversationId, e: claims.expiresAt })).toString('base64url');
  return `${payload}.${signature(payload, secret)}`;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'badSignature' | 'expired' };

export function verifyToken(token: string, secret: string, nowSeconds: number): TokenCheck {
  const [payload, given, extra] = token.split('.');
  if (!payload || !given || extra !== undefined) return { ok: false, reason: 'malformed' };
  const expected = Buffer.from(signature(payload, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) {
    return { ok: false, reason: 'badSignature' };
  }
  const claims = readPayload(payload);
  if (!claims) return { ok: false, reason: 'malformed' };
  if (claims.expiresAt <= nowSeconds) return { ok: false, reason: 'expired' };
  return { ok: true, claims };
}

/** The token from an `Authorization: Bearer …` header, if there is one. */
export function bearerToken(authorization: string | string[] | undefined): string | undefined {
  const header = Array.isArray(authorization) ? authorization[0] : authorization;
  const match = /^Bearer\s+(\S+)$/i.exec(header ?? '');
  return match?.[1];
}

function signature(payload: string, secret: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

function readPayload(payload: string): TokenClaims | undefined {
  try {
    const parsed = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as { c?: unknown; e?: unknown };
    if (typeof parsed.c !== 'string' || typeof parsed.e !== 'number') return undefined;
    return { conversationId: parsed.c, expiresAt: parsed.e };
  } catch {
    return undefined;
  }
}
