import type { Request, Response, Server } from 'restify';
import { generateAzureToken, type IssuedToken } from './azureDirectLine';
import type { ConversationLog } from './conversationLog';
import { freshToken } from './directLineRoutes';
import { newConversationId, verifyToken } from './directLineToken';
import { readJsonBody } from './jsonBody';

export const TOKEN_PATH = '/api/directline/token';
export const END_PATH = '/api/directline/end';

export interface TokenEndpointSettings {
  log: ConversationLog;
  tokenSecret: string;
  tokenTtlSeconds: number;
  nowSeconds: () => number;
  /** Set: tokens come from Azure Direct Line. Unset: from this server's own Direct Line. */
  directLineSecret?: string;
  fetchImpl?: typeof fetch;
  /** Called once per new conversation with the link's cleaned `src` and `area` (anonymous counts). */
  countStart: (src: string | undefined, area: string | undefined) => void;
  cleanLink: (body: Record<string, unknown>) => { src?: string; area?: string };
  /** Forgets the bot's own state for an ended conversation. */
  onEnd?: (conversationId: string) => Promise<void>;
}

/**
 * `POST /api/directline/token` is the only way to get a token; `POST /api/directline/end` forgets a local
 * conversation's log (Clear conversation, quick exit). Neither keeps anything about the caller.
 */
export function registerTokenEndpoints(server: Server, settings: TokenEndpointSettings): void {
  server.post(TOKEN_PATH, async (req: Request, res: Response) => {
    res.header('Cache-Control', 'no-store');
    const body = await readJsonBody(req, 2048);
    if (!body.ok) return void res.send(body.status, { error: { code: 'BadArgument', message: 'The request could not be read.' } });
    let issued: IssuedToken;
    try {
      issued = settings.directLineSecret
        ? await generateAzureToken(settings.directLineSecret, settings.fetchImpl)
        : freshToken(newConversationId(), settings);
    } catch (error) {
      console.error('Direct Line token not issued:', error instanceof Error ? error.message : 'unknown error');
      return void res.send(502, { error: { code: 'ServiceError', message: 'The chat could not start. Please try again.' } });
    }
    const link = settings.cleanLink(body.body);
    try {
      settings.countStart(link.src, link.area);
    } catch (error) {
      console.error('Start not counted:', error instanceof Error ? error.message : 'unknown error');
    }
    res.send(200, issued);
  });

  server.post(END_PATH, async (req: Request, res: Response) => {
    const body = await readJsonBody(req, 2048);
    const token = body.ok && typeof body.body.token === 'string' ? body.body.token : '';
    // An expired token may still end its own conversation: only the signature matters here.
    const check = verifyToken(token, settings.tokenSecret, 0);
    if (check.ok) {
      await settings.log.remove(check.claims.conversationId);
      await settings.onEnd?.(check.claims.conversationId);
    }
    res.send(204);
  });
}
