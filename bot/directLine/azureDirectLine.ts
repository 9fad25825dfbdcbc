import { randomBytes } from 'node:crypto';

export const AZURE_DIRECT_LINE = 'https://directline.botframework.com/v3/directline';

export interface IssuedToken {
  token: string;
  conversationId: string;
  expires_in: number;
}

/**
 * Trades the Direct Line secret for a token that opens one new conversation, server-side, so the secret
 * never reaches a browser. The user id is random per conversation (nothing links two visits).
 */
export async function generateAzureToken(secret: string, fetchImpl: typeof fetch = fetch): Promise<IssuedToken> {
  const response = await fetchImpl(`${AZURE_DIRECT_LINE}/tokens/generate`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${secret}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ user: { id: `dl_${randomBytes(12).toString('base64url')}` } }),
    signal: AbortSignal.timeout(10_000),
  });
  if (!response.ok) throw new Error(`Direct Line tokens/generate answered HTTP ${response.status}`);
  const body = (await response.json()) as Partial<IssuedToken>;
  if (typeof body.token !== 'string' || typeof body.conversationId !== 'string') {
    throw new Error('Direct Line tokens/generate answered without a token');
  }
  return { token: body.token, conversationId: body.conversationId, expires_in: Number(body.expires_in ?? 1800) };
}
