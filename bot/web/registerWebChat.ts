import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Storage } from 'botbuilder';
import type { Next, Request, Response, Server } from 'restify';
import { AZURE_DIRECT_LINE } from '../directLine/azureDirectLine';
import { ConversationLog } from '../directLine/conversationLog';
import { DIRECT_LINE_PATH, registerDirectLineRoutes } from '../directLine/directLineRoutes';
import type { RunTurn } from '../directLine/inProcessTurn';
import { registerTokenEndpoints, TOKEN_PATH } from '../directLine/tokenEndpoint';
import { UserTurns } from '../directLine/userTurns';
import { chatPage } from './chatPage';
import { cleanArea, cleanSource, type Area } from './outreachLink';
import { registerOutreachRoutes } from './outreachRoutes';
import { clientAddress, RateLimiter, refuseTooMany, type RateLimitRule } from './rateLimit';
import { setSecurityHeaders } from './securityHeaders';
import { sendCompressed, staticFile } from './staticAssets';

export interface WebChatOptions {
  /** One turn through the real bot: `createInProcessTurn(adapter, ctx => bot.run(ctx))`. */
  runTurn: RunTurn;
  /** Where Direct Line conversation logs live (the SQLite storage in production, so a restart loses nothing). */
  storage: Storage;
  /** Signs tokens. Keep it stable across restarts, or open chats must start again. */
  tokenSecret: string;
  /** Token lifetime; DirectLineJS refreshes at 15 minutes. Default 1800. */
  tokenTtlSeconds?: number;
  /** Areas offered on the outreach page and accepted from links. */
  areas: Area[];
  /** Set: the page talks to Azure Direct Line, and the token endpoint trades this secret for a token. */
  directLineSecret?: string;
  /** Called once per new conversation with the link's cleaned source label and area. Must not throw. */
  countStart: (src: string | undefined, area: string | undefined) => void;
  /** Base of links and QR codes. Default `process.env.PUBLIC_URL` or `http://localhost:3978`. */
  publicUrl?: string;
  /** Where quick exit goes. Default `process.env.QUICK_EXIT_URL` or BBC Weather. */
  quickExitUrl?: string;
  /** The bot as the transcript names it. Default `{ id: 'changetalk', name: 'changetalk' }`. */
  bot?: { id: string; name: string };
  /** The page's message box takes at most this many characters (longer ones sent another way still reach the bot). Default 1000. */
  maxMessageLength?: number;
  /** What the person sees if the bot's turn fails outright (the content's turn error line). */
  failureText?: () => string;
  /** Called after Clear conversation or Exit ended a conversation, to forget the bot's own state too. */
  onEnd?: (conversationId: string) => Promise<void>;
  /** Largest request body accepted on the Direct Line routes (413 above). Default 16 KiB. */
  maxBodyBytes?: number;
  /** Rate limits (429 with Retry-After). Defaults in DEFAULT_LIMITS. */
  limits?: Partial<WebChatLimits>;
  /** Behind a reverse proxy (Azure App Service), read the caller's address from X-Forwarded-For. */
  trustProxy?: boolean;
  /** For tests of the Azure branch. */
  fetchImpl?: typeof fetch;
  /** For tests of expiry. Seconds since the epoch. */
  nowSeconds?: () => number;
}

export interface WebChatLimits {
  tokensPerAddress: RateLimitRule;
  /** Everything else this module serves, except polls (see pollsPerConversation). */
  requestsPerAddress: RateLimitRule;
  postsPerConversation: RateLimitRule;
  /**
   * Polls are limited per conversation, not per address: DirectLineJS stops polling for good on a 429,
   * so a busy shared address (a hostel, a drop-in's wifi) must never cut off someone else's chat.
   */
  pollsPerConversation: RateLimitRule;
}

/** Generous enough for a hostel or drop-in sharing one address and polling once a second each. */
export const DEFAULT_LIMITS: WebChatLimits = {
  tokensPerAddress: { limit: 30, windowSeconds: 600 },
  requestsPerAddress: { limit: 1200, windowSeconds: 60 },
  postsPerConversation: { limit: 20, windowSeconds: 60 },
  pollsPerConversation: { limit: 300, windowSeconds: 60 },
};

export const DEFAULT_QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';

export interface WebChatHandle {
  /** Resolves when every queued bot turn and log write has finished (shutdown, tests). */
  settled(): Promise<void>;
}

const POLL_PATH = new RegExp(`^${DIRECT_LINE_PATH}/conversations/[^/]+/activities$`);

/** Paths this module answers; its headers and per-address limits apply to these only. */
const OWN_PATHS = ['/a/', '/static/', '/webchat/', '/outreach', '/api/directline/', `${DIRECT_LINE_PATH}/`];

/**
 * Registers the chat page (`/`), its static files, the short links (`/a/:area/:src`), the outreach page,
 * the token endpoint and the self-hosted Direct Line. The main server only adds a body parser for its own
 * routes (these routes read their bodies themselves, with a size limit).
 */
export function registerWebChat(server: Server, options: WebChatOptions): WebChatHandle {
  const publicUrl = (options.publicUrl ?? process.env.PUBLIC_URL ?? 'http://localhost:3978').replace(/\/+$/, '');
  const quickExitUrl = options.quickExitUrl ?? process.env.QUICK_EXIT_URL ?? DEFAULT_QUICK_EXIT_URL;
  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const nowSeconds = options.nowSeconds ?? (() => Math.floor(Date.now() / 1000));
  const tokenTtlSeconds = options.tokenTtlSeconds ?? 1800;
  const maxMessageLength = options.maxMessageLength ?? 1000;
  const hsts = publicUrl.startsWith('https:');
  const connectSources = options.directLineSecret ? [new URL(AZURE_DIRECT_LINE).origin] : [];
  if (options.tokenSecret.length < 32) throw new Error('registerWebChat: tokenSecret must be at least 32 characters.');
  requireWebAddress('PUBLIC_URL (publicUrl)', publicUrl);
  requireWebAddress('QUICK_EXIT_URL (quickExitUrl)', quickExitUrl);

  const log = new ConversationLog(options.storage);
  const turns = new UserTurns({
    log,
    runTurn: options.runTurn,
    bot: options.bot ?? { id: 'changetalk', name: 'changetalk' },
    failureText: options.failureText ?? (() => 'Sorry, something went wrong on my side. Could you send that again?'),
    cleanEventValue: (name, value) => (name === 'webchat/join' ? cleanJoin(value, options.areas) : undefined),
  });

  const perAddress = new RateLimiter(limits.requestsPerAddress);
  const tokensPerAddress = new RateLimiter(limits.tokensPerAddress);
  server.use((req: Request, res: Response, next: Next) => {
    const path = req.getPath();
    if (path !== '/' && !OWN_PATHS.some((prefix) => path.startsWith(prefix))) return next();
    setSecurityHeaders(res, { connectSources, hsts });
    if (req.method === 'GET' && POLL_PATH.test(path)) return next();
    const address = clientAddress(req, options.trustProxy ?? false);
    const decision = path === TOKEN_PATH ? tokensPerAddress.take(address) : perAddress.take(address);
    if (decision.allowed) return next();
    refuseTooMany(res, decision);
    return next(false);
  });

  const webChat = webChatBundle();
  const webChatScriptPath = `/webchat/${webChat.version}/webchat.js`;
  const pageConfig = {
    // Empty: the page uses its own origin, whatever host name it was reached by.
    directLineDomain: options.directLineSecret ? AZURE_DIRECT_LINE : '',
    quickExitUrl,
    maxMessageLength,
    canEndOnServer: !options.directLineSecret,
  };
  server.get('/', async (req: Request, res: Response) => {
    const styleNonce = randomBytes(16).toString('base64');
    setSecurityHeaders(res, { connectSources, hsts, styleNonce });
    await sendCompressed(req, res, chatPage({ ...pageConfig, styleNonce }, webChatScriptPath), 'text/html; charset=utf-8');
  });

  server.get(webChatScriptPath, staticFile(webChat.path, 'text/javascript; charset=utf-8', 'public, max-age=31536000, immutable'));
  for (const [name, type] of STATIC_FILES) {
    server.get(`/static/${name}`, staticFile(join(__dirname, 'public', name), type, 'no-cache'));
  }

  registerOutreachRoutes(server, { areas: options.areas, publicUrl });
  registerTokenEndpoints(server, {
    log,
    tokenSecret: options.tokenSecret,
    tokenTtlSeconds,
    nowSeconds,
    directLineSecret: options.directLineSecret,
    fetchImpl: options.fetchImpl,
    countStart: options.countStart,
    cleanLink: (body) => ({ src: cleanSource(body.src), area: cleanArea(body.area, options.areas) }),
    ...(options.onEnd ? { onEnd: options.onEnd } : {}),
  });
  registerDirectLineRoutes(server, {
    log,
    turns,
    tokenSecret: options.tokenSecret,
    tokenTtlSeconds,
    maxBodyBytes: options.maxBodyBytes ?? 16 * 1024,
    postsPerConversation: new RateLimiter(limits.postsPerConversation),
    pollsPerConversation: new RateLimiter(limits.pollsPerConversation),
    nowSeconds,
  });

  return {
    settled: async () => {
      await turns.settled();
      await log.settled();
    },
  };
}

const STATIC_FILES: [string, string][] = [
  ['quickExit.js', 'text/javascript; charset=utf-8'],
  ['chat.js', 'text/javascript; charset=utf-8'],
  ['chat.css', 'text/css; charset=utf-8'],
  ['outreach.js', 'text/javascript; charset=utf-8'],
  ['outreach.css', 'text/css; charset=utf-8'],
];

function requireWebAddress(setting: string, value: string): void {
  let protocol = '';
  try {
    protocol = new URL(value).protocol;
  } catch {
    // reported below
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new Error(`registerWebChat: ${setting} must be a full http(s) address, got "${value}".`);
  }
}

/** The full bundle (Adaptive Cards are needed for services), found next to the package's own entry point. */
function webChatBundle(): { path: string; version: string } {
  const root = dirname(dirname(require.resolve('botframework-webchat')));
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
  return { path: join(root, 'dist', 'webchat.js'), version };
}

/** The join event's value as the bot may see it: a known area, a cleaned source label, a locale tag. */
function cleanJoin(value: unknown, areas: readonly Area[]): { area?: string; src?: string; locale?: string } {
  const given = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  const locale = typeof given.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(given.locale) ? given.locale : undefined;
  return { area: cleanArea(given.area, areas), src: cleanSource(given.src), locale };
}
