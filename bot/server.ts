import { isIP } from 'node:net';
import type { CloudAdapter } from 'botbuilder';
import restify from 'restify';
import { z } from 'zod';
import type { ChangetalkBot } from './changetalkBot';
import { authDisabled, type Config } from './config';
import type { Logger } from './logger';
import { securityHeaders } from './web/securityHeaders';

/** Largest request body accepted: a 10,000-character message fits many times over; more is refused with 413. */
export const maxBodyBytes = 256 * 1024;

/** The least an activity needs before the adapter will take it; anything less is the caller's mistake (400), not ours (500). */
const activityShape = z.object({
  type: z.string().min(1),
  channelId: z.string().min(1),
  conversation: z.object({ id: z.string().min(1) }),
});

/** The HTTP server: /api/messages for Bot Framework channels and local tools, /healthz for hosting checks. */
export function createServer(config: Config, adapter: CloudAdapter, bot: ChangetalkBot, logger: Logger): restify.Server {
  const server = restify.createServer({ name: 'changetalk', handleUncaughtExceptions: false });
  server.use(securityHeaders({ hsts: config.PUBLIC_URL.startsWith('https:') }));
  // No per-address rate limit here: without auth only this machine may call, and with auth every request comes
  // from the Bot Framework service's few addresses. The public web chat routes have their own limits.
  // Each route reads its own body: the Direct Line routes keep tighter limits of their own.
  const jsonBody = restify.plugins.bodyParser({ maxBodySize: maxBodyBytes, mapParams: false, rejectUnknown: true });

  server.get('/healthz', (_req, res, next) => {
    res.send(200, { status: 'ok' });
    next();
  });

  server.post('/api/messages', jsonBody, async (req: restify.Request, res: restify.Response) => {
    const refusal = refuseUnsafeCaller(config, req);
    if (refusal) {
      logger.warn('messages.refused', { reason: refusal.reason });
      res.send(refusal.status, { error: refusal.message });
      return;
    }
    if (!activityShape.safeParse(req.body).success) {
      res.send(400, { error: 'Expected a Bot Framework activity with type, channelId and conversation.id.' });
      return;
    }
    await adapter.process(req, res, (context) => bot.run(context));
  });

  // restify's own errors (bad JSON 400, too large 413, wrong type 415, unknown route 404) carry no stack;
  // this keeps anything unexpected the same way.
  server.on('restifyError', (_req, _res, error, callback) => {
    if (!('statusCode' in error) || (error as { statusCode?: number }).statusCode === undefined || (error as { statusCode: number }).statusCode >= 500) {
      logger.error('http.error', error);
    }
    error.toJSON = () => ({ code: (error as { code?: string }).code ?? 'Error', message: publicMessage(error) });
    return callback();
  });
  return server;
}

function publicMessage(error: Error & { statusCode?: number }): string {
  switch (error.statusCode) {
    case 400: return 'The request could not be read as JSON.';
    case 404: return 'Not found.';
    case 405: return 'Method not allowed.';
    case 413: return 'The request is too large.';
    case 415: return 'Send JSON (Content-Type: application/json).';
    default: return 'Something went wrong.';
  }
}

interface Refusal {
  status: number;
  reason: string;
  message: string;
}

/**
 * Without Bot Framework auth anyone could make the bot send requests anywhere by choosing the serviceUrl,
 * so it then answers only callers on this machine and only replies to a serviceUrl on this machine.
 */
function refuseUnsafeCaller(config: Config, req: restify.Request): Refusal | undefined {
  if (!authDisabled(config)) return undefined;
  if (!isLoopback(req.socket.remoteAddress)) {
    return { status: 403, reason: 'remote-caller-without-auth', message: 'This bot only accepts local requests until MicrosoftAppId is set.' };
  }
  const body = req.body as { serviceUrl?: unknown; deliveryMode?: unknown } | undefined;
  if (body && body.deliveryMode !== 'expectReplies' && typeof body.serviceUrl === 'string' && !isLoopbackUrl(body.serviceUrl)) {
    return { status: 403, reason: 'remote-service-url-without-auth', message: 'serviceUrl must be on this machine until MicrosoftAppId is set.' };
  }
  return undefined;
}

export function isLoopback(address: string | undefined): boolean {
  if (!address) return false;
  const plain = address.startsWith('::ffff:') ? address.slice(7) : address;
  if (plain === '::1') return true;
  return isIP(plain) === 4 && plain.startsWith('127.');
}

export function isLoopbackUrl(url: string): boolean {
  try {
    const host = new URL(url).hostname.replace(/^\[|\]$/g, '');
    return host === 'localhost' || isLoopback(host);
  } catch {
    return false;
  }
}
