import { MemoryStorage } from 'botbuilder';
import { createApp, type App } from '../../../bot/app';
import { readConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';
import { join, say, type Reply } from '../scale/botClient';
import { FaultyStorage } from '../storage/faultyStorage';

/** The real app (createApp: withTimeout, records, bot, adapter, restify) over a storage that breaks on demand. */
const timeoutMs = 200;
let app: App;
let base: string;
let storage: FaultyStorage;

beforeEach(async () => {
  storage = new FaultyStorage(new MemoryStorage());
  app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'test', STORAGE_TIMEOUT_MS: String(timeoutMs) }), { logger: silentLogger, storage });
  base = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
});

afterEach(async () => {
  storage.releaseHung();
  await app.close();
});

const trouble = /trouble on my side/;
const crisisMessage = 'i just want to kill myself';

function expectCrisisOnly(replies: Reply[]): void {
  expect(replies[0]?.kind).toBe('crisis');
  expect(replies.map((reply) => reply.text).join(' ')).toMatch(/999[\s\S]*116 123|116 123[\s\S]*999/);
  expect(replies.some((reply) => trouble.test(reply.text))).toBe(false);
}

async function timed<T>(work: Promise<T>): Promise<[T, number]> {
  const started = Date.now();
  const result = await work;
  return [result, Date.now() - started];
}

describe.each([
  ['throws on every call', 'throw', ['read', 'write', 'delete']],
  ['throws on writes only', 'throw', ['write']],
  ['hangs on reads', 'hang', ['read']],
  ['hangs on writes', 'hang', ['write']],
] as const)('when storage %s', (_name, fault, operations) => {
  it('answers a crisis with the crisis reply, fast', async () => {
    await join(base, 'c');
    storage.setFault(fault, [...operations]);
    const [replies, ms] = await timed(say(base, 'c', crisisMessage));
    expectCrisisOnly(replies);
    expect(ms).toBeLessThan(timeoutMs + 1500);
  });

  it('answers anything else with the short "trouble on my side" message, then carries on once storage is back', async () => {
    await join(base, 'c');
    expect((await say(base, 'c', 'yes'))[0]?.step).toBe('engage');
    storage.setFault(fault, [...operations]);
    const [replies, ms] = await timed(say(base, 'c', 'I want to cut down on the gear'));
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(trouble);
    expect(ms).toBeLessThan(timeoutMs + 1500);

    storage.setFault('none');
    const after = await say(base, 'c', 'I want to cut down on the gear');
    expect(after.some((reply) => trouble.test(reply.text))).toBe(false);
    expect(after.at(-1)?.step).toBe('focus');
    expect(after.map((reply) => reply.text).join(' ')).toMatch(/gear/i);
  });
});

describe('when storage is down for a while', () => {
  it('answers every message meanwhile and keeps the conversation where it was', async () => {
    await join(base, 'c');
    await say(base, 'c', 'yes');
    storage.setFault('throw');
    for (const text of ['hello?', 'are you there', 'I want to cut down on the gear']) {
      const replies = await say(base, 'c', text);
      expect(replies[0]?.text).toMatch(trouble);
    }
    storage.setFault('none');
    expect((await say(base, 'c', 'I want to cut down on the gear')).at(-1)?.step).toBe('focus');
  });

  it('still serves health checks and other conversations', async () => {
    storage.setFault('hang', ['read']);
    const pending = say(base, 'stuck', 'yes');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await pending)[0]?.text).toMatch(trouble);
    storage.setFault('none');
    expect((await join(base, 'other'))[0]?.text).toMatch(/chatbot, not a person/);
  });
});
