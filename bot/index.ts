import { createApp } from './app';
import { ContentError } from './loadDependencies';
import { ConfigError, loadDotEnv, readConfig } from './config';
import { createLogger } from './logger';

/** `npm start`: configuration → app → listen; SIGTERM closes cleanly. */
async function main(): Promise<void> {
  const logger = createLogger();
  loadDotEnv();
  const config = readConfig();
  const app = createApp(config, { logger });
  const address = await app.listen();
  logger.info('server.listening', { host: address.address, port: address.port, storage: config.STORAGE });
  console.log(`changetalk is running: open http://localhost:${address.port}/ or point the Bot Framework Emulator at http://localhost:${address.port}/api/messages`);

  let closing = false;
  const shutdown = (signal: string) => {
    if (closing) return;
    closing = true;
    logger.info('server.stopping', { signal });
    app.close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('server.stop-failed', error);
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('unhandledRejection', (error) => logger.error('process.unhandled-rejection', error));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof ContentError) console.error(error.message);
  else console.error('changetalk could not start:', error);
  process.exit(1);
});
