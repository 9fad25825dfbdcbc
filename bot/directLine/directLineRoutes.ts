import { randomBytes } from 'node:crypto';
import type { Request, Response, Server } from 'restify';
import { refuseTooMany, type RateLimiter } from '../web/rateLimit';
import { activitiesAfter, type ConversationLog } from './conversationLog';
import { bearerToken, signToken, verifyToken, type TokenClaims } from './directLineToken';
import { readJsonBody } from './jsonBody';
import type { UserTurns } from './userTurns';

export const DIRECT_LINE_PATH = '/v3/directline';

export interface DirectLineRouteSettings {
  log: ConversationLog;
  turns: UserTurns;
  tokenSecret: string;
  tokenTtlSeconds: number;
  maxBodyBytes: number;
  /** Posts per conversation (a second limit on top of the per-address one). */
  postsPerConversation: RateLimiter;
  pollsPerConversation: RateLimiter;
  nowSeconds: () => number;
}

/**
 * The part of Direct Line 3.0 that DirectLineJS uses when polling (stack.md §3.2–3.3): start, reconnect,
 * get and post activities, refresh. Every call carries a token that opens exactly one conversation.
 */
export function registerDirectLineRoutes(server: Server, settings: DirectLineRouteSettings): void {
  const { log, turns } = settings;

  server.post(`${DIRECT_LINE_PATH}/conversations`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, settings);
    if (!claims) return;
    const created = await log.update(claims.conversationId, async (existing) => {
      if (existing) return { result: undefined };
      const conversation = {
        conversationId: claims.conversationId,
        userId: `user-${randomBytes(9).toString('base64url')}`,
        createdAt: new Date(settings.nowSeconds() * 1000).toISOString(),
        lastSequence: 0,
        activities: [],
      };
      return { save: conversation, result: conversation };
    });
    if (created) turns.started(created.conversationId, created.userId);
    send(res, created ? 201 : 200, conversationAnswer(req, claims, settings));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, settings);
    if (!claims || !(await known(req, res, log))) return;
    send(res, 200, conversationAnswer(req, claims, settings));
  });

  server.get(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, settings);
    if (!claims) return;
    const decision = settings.pollsPerConversation.take(claims.conversationId);
    if (!decision.allowed) return refuseTooMany(res, decision);
    const conversation = await log.read(req.params.conversationId);
    if (!conversation) return send(res, 404, apiError('BadArgument', 'Conversation not found.'));
    const watermark = new URL(req.url ?? '/', 'http://local').searchParams.get('watermark') ?? undefined;
    send(res, 200, activitiesAfter(conversation, watermark));
  });

  server.post(`${DIRECT_LINE_PATH}/conversations/:conversationId/activities`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, settings);
    if (!claims) return;
    const body = await readJsonBody(req, settings.maxBodyBytes);
    if (!body.ok) return send(res, body.status, apiError(body.status === 413 ? 'MessageSizeTooBig' : 'BadArgument', 'The request could not be read.'));
    const decision = settings.postsPerConversation.take(claims.conversationId);
    if (!decision.allowed) return refuseTooMany(res, decision);
    const accepted = await turns.accept(claims.conversationId, body.body);
    if (accepted === 'unknown') return send(res, 404, apiError('BadArgument', 'Conversation not found.'));
    if (accepted === 'refused') return send(res, 400, apiError('BadArgument', 'Only messages and events can be sent.'));
    send(res, 200, accepted);
  });

  server.post(`${DIRECT_LINE_PATH}/tokens/refresh`, async (req: Request, res: Response) => {
    const claims = authorise(req, res, settings);
    if (!claims) return;
    if (!(await log.read(claims.conversationId))) return send(res, 404, apiError('BadArgument', 'Conversation not found.'));
    send(res, 200, freshToken(claims.conversationId, settings));
  });
}

/** A new token for a conversation, in the shape of Direct Line's `tokens/generate` answer. */
export function freshToken(
  conversationId: string,
  settings: Pick<DirectLineRouteSettings, 'tokenSecret' | 'tokenTtlSeconds' | 'nowSeconds'>,
): { conversationId: string; token: string; expires_in: number } {
  const expiresAt = settings.nowSeconds() + settings.tokenTtlSeconds;
  return { conversationId, token: signToken({ conversationId, expiresAt }, settings.tokenSecret), expires_in: settings.tokenTtlSeconds };
}

/** The token's claims if it is valid and (for per-conversation routes) names this conversation; else answers 403. */
function authorise(req: Request, res: Response, settings: DirectLineRouteSettings): TokenClaims | undefined {
  const token = bearerToken(req.headers.authorization);
  const check = token ? verifyToken(token, settings.tokenSecret, settings.nowSeconds()) : undefined;
  const routeConversation = req.params?.conversationId as string | undefined;
  if (check?.ok && (routeConversation === undefined || routeConversation === check.claims.conversationId)) {
    return check.claims;
  }
  const expired = check && !check.ok && check.reason === 'expired';
  send(res, 403, apiError(expired ? 'TokenExpired' : 'BadArgument', expired ? 'Token expired.' : 'Token not valid for this conversation.'));
  return undefined;
}

async function known(req: Request, res: Response, log: ConversationLog): Promise<boolean> {
  if (await log.read(req.params.conversationId)) return true;
  send(res, 404, apiError('BadArgument', 'Conversation not found.'));
  return false;
}

function conversationAnswer(req: Request, claims: TokenClaims, settings: DirectLineRouteSettings): object {
  const token = bearerToken(req.headers.authorization);
  return { conversationId: claims.conversationId, token, expires_in: Math.max(0, claims.expiresAt - settings.nowSeconds()) };
}

function apiError(code: string, message: string): object {
  return { error: { code, message } };
}

function send(res: Response, status: number, body: object): void {
  res.header('Cache-Control', 'no-store');
  res.send(status, body);
}
