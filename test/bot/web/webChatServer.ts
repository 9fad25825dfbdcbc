import type { AddressInfo } from 'node:net';
import { MemoryStorage, type Storage } from 'botbuilder';
import * as restify from 'restify';
import { registerWebChat, type WebChatHandle, type WebChatOptions } from '../../../bot/web/registerWebChat';
import { createEchoTurn, EchoBot } from '../directLine/echoBot';

export const TEST_AREAS = [
  { id: 'glasgow', name: 'Glasgow' },
  { id: 'dundee', name: 'Dundee' },
];

export interface RunningWebChat {
  baseUrl: string;
  bot: EchoBot;
  storage: Storage;
  starts: [string | undefined, string | undefined][];
  handle: WebChatHandle;
  close(): Promise<void>;
}

/** The web chat on a restify server with an echo bot, on 127.0.0.1 and a free port. */
export async function startWebChat(
  overrides: Partial<WebChatOptions> = {},
  server: { globalBodyParser?: boolean } = {},
): Promise<RunningWebChat> {
  const { bot, runTurn } = createEchoTurn();
  const storage = overrides.storage ?? new MemoryStorage();
  const starts: [string | undefined, string | undefined][] = [];
  const http = restify.createServer();
  // As the BotBuilder samples do; the web chat routes must work with or without it.
  if (server.globalBodyParser) http.use(restify.plugins.bodyParser({ mapParams: false }));
  const handle = registerWebChat(http, {
    runTurn,
    storage,
    tokenSecret: 'test-secret-that-is-at-least-32-characters-long',
    areas: TEST_AREAS,
    countStart: (src, area) => starts.push([src, area]),
    publicUrl: 'https://chat.example.org',
    quickExitUrl: 'https://www.bbc.co.uk/weather',
    ...overrides,
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  const { port } = http.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    bot,
    storage,
    starts,
    handle,
    close: async () => {
      await handle.settled();
      await new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}
