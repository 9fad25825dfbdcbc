import { bearerToken, newConversationId, signToken, verifyToken } from '../../../bot/directLine/directLineToken';

const SECRET = 'a-secret-of-more-than-thirty-two-characters';

describe('Direct Line tokens', () => {
  it('round-trips the conversation and expiry', () => {
    const token = signToken({ conversationId: 'abc', expiresAt: 2000 }, SECRET);
    expect(verifyToken(token, SECRET, 1999)).toEqual({ ok: true, claims: { conversationId: 'abc', expiresAt: 2000 } });
  });

  it('refuses expired, re-signed, edited and malformed tokens', () => {
    const token = signToken({ conversationId: 'abc', expiresAt: 2000 }, SECRET);
    expect(verifyToken(token, SECRET, 2000)).toEqual({ ok: false, reason: 'expired' });
    expect(verifyToken(token, `${SECRET}x`, 1000)).toEqual({ ok: false, reason: 'badSignature' });
    const [, signature] = token.split('.');
    const edited = `${Buffer.from(JSON.stringify({ c: 'other', e: 2000 })).toString('base64url')}.${signature}`;
    expect(verifyToken(edited, SECRET, 1000)).toEqual({ ok: false, reason: 'badSignature' });
    expect(verifyToken('nonsense', SECRET, 1000)).toEqual({ ok: false, reason: 'malformed' });
    expect(verifyToken(`${token}.extra`, SECRET, 1000)).toEqual({ ok: false, reason: 'malformed' });
  });

  it('makes unguessable, URL-safe conversation ids', () => {
    const ids = new Set(Array.from({ length: 200 }, newConversationId));
    expect(ids.size).toBe(200);
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{24}$/);
  });

  it('reads a bearer token from the Authorization header', () => {
    expect(bearerToken('Bearer abc.def')).toBe('abc.def');
    expect(bearerToken('bearer abc')).toBe('abc');
    expect(bearerToken('Basic abc')).toBeUndefined();
    expect(bearerToken(undefined)).toBeUndefined();
  });
});
