import { MemoryStorage } from 'botbuilder';
import { createApp, type App } from '../../bot/app';
import { readConfig } from '../../bot/config';
import { silentLogger } from '../../bot/logger';
import { isQuestion, isReflection } from '../support/botHarness';

let app: App;
let base: string;

beforeAll(async () => {
  app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'test' }), { logger: silentLogger, storage: new MemoryStorage() });
  const address = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await app.close();
});

interface Reply {
  type: string;
  text?: string;
  channelData?: { mi?: { kind?: string; step?: string } };
}

let counter = 0;

function activity(conversationId: string, fields: Record<string, unknown>) {
  return {
    channelId: 'http-test',
    serviceUrl: 'http://localhost:9',
    deliveryMode: 'expectReplies',
    conversation: { id: conversationId },
    from: { id: 'person', role: 'user' },
    recipient: { id: 'changetalk', role: 'bot' },
    id: `a${++counter}`,
    ...fields,
  };
}

async function post(body: unknown, contentType = 'application/json'): Promise<{ status: number; body: string }> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': contentType },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: response.status, body: await response.text() };
}

async function turn(conversationId: string, fields: Record<string, unknown>): Promise<Reply[]> {
  const response = await post(activity(conversationId, fields));
  expect(response.status).toBe(200);
  return (JSON.parse(response.body) as { activities: Reply[] }).activities.filter((a) => a.type === 'message');
}

describe('POST /api/messages with expectReplies', () => {
  it('welcomes on conversationUpdate and answers every message, reaching Narcotics Anonymous within 12 turns', async () => {
    const id = 'http-ready';
    const welcome = await turn(id, { type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
    expect(welcome[0]?.text).toMatch(/chatbot, not a person/);
    const lines = ['yes', 'I want to cut down', 'it is costing me too much and my partner is upset', 'I feel ashamed', '7', 'I want to be there for my kids', '5', 'I managed a few days off last month', 'yes', 'I will go to the chemist for naloxone and ring the service', 'my dealer texting me, I will block him', 'yes please'];
    const all: Reply[] = [...welcome];
    let offeredAt = -1;
    for (const [index, text] of lines.entries()) {
      const replies = await turn(id, { type: 'message', text });
      expect(replies.length).toBeGreaterThan(0);
      all.push(...replies);
      if (offeredAt < 0 && replies.some((r) => /Narcotics Anonymous/.test(r.text ?? ''))) offeredAt = index + 1;
    }
    expect(offeredAt).toBeGreaterThan(0);
    expect(offeredAt).toBeLessThanOrEqual(12);
    for (const reply of all) expect(reply.channelData?.mi?.kind).toEqual(expect.any(String));
    const kinds = all.map((r) => r.channelData?.mi?.kind);
    expect(kinds.filter(isReflection).length).toBeGreaterThanOrEqual(kinds.filter(isQuestion).length);
  });

  // Its speed is measured (see the closing notes and npm run bench), not asserted in a unit test.
  it('answers a crisis in a later step first, with the emergency number and a crisis line', async () => {
    const id = 'http-crisis';
    await turn(id, { type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
    await turn(id, { type: 'message', text: 'yes' });
    await turn(id, { type: 'message', text: 'i use crack most days' });
    const replies = await turn(id, { type: 'message', text: 'honestly i just want to kill myself' });
    expect(replies[0]?.channelData?.mi?.kind).toBe('crisis');
    expect(replies.map((r) => r.text).join(' ')).toMatch(/999[\s\S]*116 123|116 123[\s\S]*999/);
  });
});

describe('bad input', () => {
  it.each([
    ['empty text', { type: 'message', text: '' }],
    ['emoji only', { type: 'message', text: '🙂🙂🙂' }],
    ['10,000 characters', { type: 'message', text: 'x'.repeat(10000) }],
    ['an attachment with no text', { type: 'message', attachments: [{ contentType: 'image/jpeg', contentUrl: 'http://localhost/a.jpg' }] }],
    ['text of the wrong type', { type: 'message', text: 12345 }],
  ])('gets a kind reply for %s', async (_name, fields) => {
    const id = `http-bad-${counter}`;
    await turn(id, { type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
    await turn(id, { type: 'message', text: 'yes' });
    const replies = await turn(id, fields);
    expect(replies.length).toBeGreaterThan(0);
    expect(replies[0]?.text).toEqual(expect.any(String));
  });

  it('accepts an unknown activity type without a reply', async () => {
    const response = await post(activity('http-unknown', { type: 'somethingNew' }));
    expect(response.status).toBe(200);
  });

  it.each([
    ['malformed JSON', '{"type": "message", "text": ', 'application/json', 400],
    ['a JSON array', '[1,2,3]', 'application/json', 400],
    ['an object without a type', '{"text":"hi"}', 'application/json', 400],
    ['the wrong content type', 'hello', 'text/plain', 415],
    ['a body over the limit', JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }), 'application/json', 413],
  ])('refuses %s with a clean 4xx and no stack trace', async (_name, body, contentType, status) => {
    const response = await post(body, contentType);
    expect(response.status).toBe(status);
    expect(response.body).not.toMatch(/\bat \S+ \(|node_modules|\.ts:\d+/);
  });

  it('answers unknown routes with 404', async () => {
    const response = await fetch(`${base}/no/such/route`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toMatch(/node_modules/);
  });

  it('stays up after all of it', async () => {
    const response = await fetch(`${base}/healthz`);
    expect(response.status).toBe(200);
  });
});

describe('without a Microsoft app id (local use only)', () => {
  it('will not post replies to a serviceUrl off this machine', async () => {
    const response = await post({ ...activity('http-remote', { type: 'message', text: 'hi' }), deliveryMode: 'normal', serviceUrl: 'https://attacker.example/' });
    expect(response.status).toBe(403);
  });
});
