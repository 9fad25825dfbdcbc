import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { ActivityHandler, MemoryStorage } from 'botbuilder';
import { createAdapter } from '../adapter';
import { createApp } from '../app';
import type { ChangetalkBot } from '../changetalkBot';
import { readConfig, type Config } from '../config';
import { createLogger, silentLogger, type Logger } from '../logger';
import { createServer } from '../server';
import { SqliteStorage } from '../storage/sqliteStorage';

/**
 * One server for the load benchmark, run as a child process of loadBench.ts so the load it drives does not
 * share this process's CPU: `changetalk` (the real app on SQLite in BENCH_DATA_DIR) or `echo` (the floor: the
 * same restify server and CloudAdapter around a bot that only echoes). Talks to the parent over IPC.
 */
type Command = { type: 'usage' } | { type: 'close' };

const mode = process.argv[2];
const dataDir = process.env.BENCH_DATA_DIR ?? '';
// The bot's own JSON log lines go to stderr (the parent sends them to /dev/null) unless BENCH_SILENT=1.
const logger: Logger = process.env.BENCH_SILENT === '1' ? silentLogger : createLogger();

class EchoBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      await context.sendActivity({ type: 'message', text: `echo: ${typeof context.activity.text === 'string' ? context.activity.text : ''}` });
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await context.sendActivity({ type: 'message', text: 'hello' });
      await next();
    });
  }
}

function startServer(config: Config): { listen(): Promise<number>; close(): Promise<void> } {
  if (mode === 'echo') {
    // createServer only calls bot.run(context); the echo bot has that, not ChangetalkBot's private parts.
    const server = createServer(config, createAdapter(config, logger, () => undefined), new EchoBot() as unknown as ChangetalkBot, logger);
    return {
      listen: () => new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port))),
      close: () => new Promise((resolve) => server.close(() => resolve())),
    };
  }
  // BENCH_STORAGE=memory takes the disk out of the picture, to tell storage stalls from the rest.
  const storage = process.env.BENCH_STORAGE === 'memory' ? new MemoryStorage() : new SqliteStorage(join(dataDir, 'changetalk.sqlite'));
  const app = createApp(config, { logger, storage });
  return {
    listen: async () => (await app.listen(0, '127.0.0.1')).port,
    close: async () => {
      await app.close();
      if (storage instanceof SqliteStorage) storage.close();
    },
  };
}

async function main(): Promise<void> {
  if (mode !== 'echo' && mode !== 'changetalk') throw new Error('usage: benchServer.ts changetalk|echo');
  const config = readConfig({ NODE_ENV: 'production', STORAGE: 'sqlite', DATA_DIR: dataDir || '.', HOST: '127.0.0.1', PORT: '0' });
  const server = startServer(config);
  const port = await server.listen();

  // Peak memory and CPU time since the parent last asked: one reading per measured run.
  let maxRss = process.memoryUsage().rss;
  let cpuFrom = process.cpuUsage();
  const sampler = setInterval(() => (maxRss = Math.max(maxRss, process.memoryUsage().rss)), 100);
  // How long the event loop was held up: a synchronous stall (fsync, a big GC) shows here, queueing does not.
  const loopDelay = monitorEventLoopDelay({ resolution: 5 });
  loopDelay.enable();
  process.on('message', (command: Command) => {
    if (command.type === 'usage') {
      const cpu = process.cpuUsage(cpuFrom);
      process.send?.({
        type: 'usage',
        maxRss: Math.max(maxRss, process.memoryUsage().rss),
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
      });
      loopDelay.reset();
      maxRss = process.memoryUsage().rss;
      cpuFrom = process.cpuUsage();
    } else if (command.type === 'close') {
      clearInterval(sampler);
      void server.close().then(() => process.exit(0));
    }
  });
  process.send?.({ type: 'listening', port });
}

main().catch((error: unknown) => {
  console.error('bench server could not start:', error);
  process.exit(1);
});
