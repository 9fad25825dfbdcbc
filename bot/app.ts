import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { CloudAdapter, Storage } from 'botbuilder';
import { ukEmergencyContacts } from '../dialogs/emergencyContacts';
import type { TurnDependencies } from '../dialogs/takeTurn';
import { createAdapter } from './adapter';
import { ChangetalkBot } from './changetalkBot';
import type { Config } from './config';
import { watchContent } from './contentReload';
import { ConversationRecords } from './conversationRecords';
import { loadDependencies } from './loadDependencies';
import type { Logger } from './logger';
import { createServer } from './server';
import { createStorage, type StateStore } from './storage/createStorage';
import { withTimeout } from './storage/timeoutStorage';
import { registerInfoPages } from './web/infoPages';
import { setUpWebChat } from './web/setUpWebChat';

export interface AppOptions {
  logger: Logger;
  /** use this storage instead of the one configured (tests) */
  storage?: Storage;
  /** content and lexicons; by default loaded from content/, and reloaded on changes unless NODE_ENV=production */
  dependencies?: () => TurnDependencies | undefined;
  /** the content folder (tests point it at a copy); content/ by default */
  contentDir?: string;
  /** where reloaded content is reported, each problem as file:line:column; stderr by default */
  reportContent?: (line: string) => void;
}

export interface App {
  server: ReturnType<typeof createServer>;
  adapter: CloudAdapter;
  bot: ChangetalkBot;
  records: ConversationRecords;
  listen(port?: number, host?: string): Promise<AddressInfo>;
  close(): Promise<void>;
}

/** Everything the bot needs, wired in reading order: content → storage → bot → adapter → server. */
export function createApp(config: Config, options: AppOptions): App {
  const { logger } = options;
  const reloading = !options.dependencies && config.NODE_ENV !== 'production' ? watchContent({ retentionDays: config.STATE_RETENTION_DAYS, contentDir: options.contentDir, report: options.reportContent }) : undefined;
  const dependencies = options.dependencies ?? reloading?.dependencies ?? staticDependencies(loadDependencies(config.STATE_RETENTION_DAYS, options.contentDir));
  const store: StateStore | undefined = options.storage ? undefined : createStorage(storageSettings(config));
  const storage = withTimeout(options.storage ?? (store as StateStore).storage, config.STORAGE_TIMEOUT_MS);
  const records = new ConversationRecords(storage, config.STATE_RETENTION_DAYS * 24 * 60 * 60 * 1000);
  const bot = new ChangetalkBot({ records, dependencies, logger });
  const turnErrorText = () => dependencies()?.content.messages.turnError.say[0]?.replace('{emergency}', ukEmergencyContacts.emergency);
  const adapter = createAdapter(config, logger, turnErrorText);
  const server = createServer(config, adapter, bot, logger);
  const areas = () => (dependencies()?.content.services.areas ?? []).filter((area) => !area.example).map(({ id, name }) => ({ id, name }));
  const webChat = setUpWebChat(server, config, { bot, storage, logger, areas, turnErrorText, records });
  registerInfoPages(server, () => dependencies()?.content.pages, config.STATE_RETENTION_DAYS);

  const purge = store ? schedulePurge(store, config, logger) : undefined;

  return {
    server,
    adapter,
    bot,
    records,
    listen: (port = config.PORT, host = config.HOST) =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve(server.address() as AddressInfo));
      }),
    close: async () => {
      if (purge) clearInterval(purge);
      reloading?.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await webChat.handle.settled();
      await webChat.counts.settled();
      await store?.close();
    },
  };
}

function staticDependencies(dependencies: TurnDependencies): () => TurnDependencies {
  return () => dependencies;
}

function storageSettings(config: Config) {
  switch (config.STORAGE) {
    case 'memory':
      return { kind: 'memory' as const };
    case 'blob':
      return { kind: 'blob' as const, connectionString: config.BLOB_CONNECTION_STRING ?? '', container: config.BLOB_CONTAINER };
    case 'sqlite':
      return { kind: 'sqlite' as const, path: join(config.DATA_DIR, 'changetalk.sqlite') };
  }
}

/** State expires: purge what has not been written for the retention time, hourly. */
function schedulePurge(store: StateStore, config: Config, logger: Logger): NodeJS.Timeout {
  const retentionMs = config.STATE_RETENTION_DAYS * 24 * 60 * 60 * 1000;
  const run = () => {
    store
      .purgeWrittenBefore(new Date(Date.now() - retentionMs))
      .then((deleted) => deleted > 0 && logger.info('state.purged', { deleted }))
      .catch((error: unknown) => logger.error('state.purge-failed', error));
  };
  run();
  const timer = setInterval(run, Math.min(retentionMs, 60 * 60 * 1000));
  timer.unref();
  return timer;
}
