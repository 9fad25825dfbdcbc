import { join } from 'node:path';
import type { Storage } from 'botbuilder';
import type restify from 'restify';
import { createAdapter } from '../adapter';
import type { ChangetalkBot } from '../changetalkBot';
import type { Config } from '../config';
import { createInProcessTurn } from '../directLine/inProcessTurn';
import type { ConversationRecords } from '../conversationRecords';
import type { Logger } from '../logger';
import { LinkCounts } from './linkCounts';
import { registerWebChat, type WebChatHandle } from './registerWebChat';
import { webChatTokenSecret } from './tokenSecret';

export interface WebChatSetup {
  handle: WebChatHandle;
  counts: LinkCounts;
}

/**
 * The self-hosted web chat: the page, Direct Line without Azure, outreach links and their anonymous counts.
 * Its turns go through a second adapter with Bot Framework auth off: it is only ever called in-process,
 * never from the network, so it stays safe when MicrosoftAppId is set for Teams.
 */
export function setUpWebChat(
  server: restify.Server,
  config: Config,
  parts: {
    bot: ChangetalkBot;
    storage: Storage;
    records: ConversationRecords;
    logger: Logger;
    areas: () => { id: string; name: string }[];
    turnErrorText: () => string | undefined;
  },
): WebChatSetup {
  const inProcessAdapter = createAdapter({ ...config, MicrosoftAppId: undefined, MicrosoftAppPassword: undefined }, parts.logger, parts.turnErrorText);
  const counts = new LinkCounts(parts.storage, parts.logger);
  const secretFile = config.STORAGE === 'sqlite' ? join(config.DATA_DIR, 'webchat-token-secret') : undefined;
  const handle = registerWebChat(server, {
    runTurn: createInProcessTurn(inProcessAdapter, (context) => parts.bot.run(context)),
    storage: parts.storage,
    tokenSecret: webChatTokenSecret(config.WEBCHAT_TOKEN_SECRET, secretFile),
    areas: parts.areas(),
    ...(config.DIRECT_LINE_SECRET ? { directLineSecret: config.DIRECT_LINE_SECRET } : {}),
    countStart: (src, area) => counts.count(src, area),
    publicUrl: config.PUBLIC_URL,
    quickExitUrl: config.QUICK_EXIT_URL,
    trustProxy: config.TRUST_PROXY,
    failureText: () => parts.turnErrorText() ?? 'Sorry, something went wrong on my side. Could you send that again?',
    // Clear conversation and Exit forget the bot's state too, not only the transcript.
    onEnd: (conversationId) => parts.records.deleteConversation('webchat', conversationId),
  });
  server.get('/outreach/counts', async (_req, res) => {
    res.send(200, { counts: await counts.list() });
  });
  return { handle, counts };
}
