import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { createApp, type App } from '../../../bot/app';
import { readConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';
import { SqliteStorage } from '../../../bot/storage/sqliteStorage';
import { TestConversation } from '../../support/botHarness';

const day = 24 * 60 * 60 * 1000;
const key = 'test/conversations/conversation-1/';

/** Only the clock is faked: TestAdapter, sqlite and restify keep their real timers. */
function fakeClockOnly(): void {
  jest.useFakeTimers({
    doNotFake: ['setTimeout', 'clearTimeout', 'setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'hrtime', 'performance'],
  });
}

afterEach(() => {
  jest.useRealTimers();
});

describe('expired state, before any purge', () => {
  it('is treated as gone: a conversation idle past the retention time starts afresh', async () => {
    fakeClockOnly();
    const storage = new MemoryStorage();
    const now = Date.now();
    jest.setSystemTime(now - 31 * day);
    const conversation = new TestConversation({ storage });
    await conversation.start();
    await conversation.say('yes');
    expect((await conversation.say('I want to cut down on the gear')).at(-1)?.step).toBe('focus');

    jest.setSystemTime(now);
    expect(await storage.read([key])).toHaveProperty([key]);
    const replies = await conversation.say('it costs me a fortune');
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(/chatbot, not a person/);
    expect(replies.at(-1)?.step).toBe('welcome');
  });

  it('is kept while it is younger than the retention time', async () => {
    fakeClockOnly();
    const storage = new MemoryStorage();
    const now = Date.now();
    jest.setSystemTime(now - 29 * day);
    const conversation = new TestConversation({ storage });
    await conversation.start();
    await conversation.say('yes');
    jest.setSystemTime(now);
    expect((await conversation.say('I want to cut down on the gear')).at(-1)?.step).toBe('focus');
  });
});

describe('the purge schedule (createApp with SQLite)', () => {
  let dataDir: string;
  let app: App | undefined;
  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'changetalk-purge-'));
  });
  afterEach(async () => {
    await app?.close();
    app = undefined;
    rmSync(dataDir, { recursive: true, force: true });
  });

  function writeAt(time: number, itemKey: string): void {
    const storage = new SqliteStorage(join(dataDir, 'changetalk.sqlite'));
    jest.setSystemTime(time);
    void storage.write({ [itemKey]: { record: { n: 1 }, savedAt: new Date(time).toISOString() } });
    storage.close();
  }

  function storedKeys(): string[] {
    const storage = new SqliteStorage(join(dataDir, 'changetalk.sqlite'));
    try {
      return ['old/', 'fresh/', 'later/'].filter((itemKey) => storage.sizeOf(itemKey) !== undefined);
    } finally {
      storage.close();
    }
  }

  it('deletes state older than the retention time at start-up and again every hour, and keeps the rest', async () => {
    jest.useFakeTimers({ doNotFake: ['setImmediate', 'clearImmediate', 'nextTick', 'queueMicrotask', 'hrtime', 'performance'] });
    const now = Date.now();
    writeAt(now - 2 * day, 'old/');
    writeAt(now - 60_000, 'fresh/');
    jest.setSystemTime(now);

    app = createApp(readConfig({ STORAGE: 'sqlite', DATA_DIR: dataDir, STATE_RETENTION_DAYS: '1', NODE_ENV: 'test' }), { logger: silentLogger });
    await jest.advanceTimersByTimeAsync(0);
    expect(storedKeys()).toEqual(['fresh/']);

    // Written a day and a half ago (as if by another instance): the next hourly run takes it.
    writeAt(now - 1.5 * day, 'later/');
    jest.setSystemTime(now);
    expect(storedKeys()).toEqual(['fresh/', 'later/']);
    await jest.advanceTimersByTimeAsync(60 * 60 * 1000);
    expect(storedKeys()).toEqual(['fresh/']);
  });
});
