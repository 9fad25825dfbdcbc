import { MemoryStorage } from 'botbuilder';
import fc from 'fast-check';
import { createApp, type App } from '../../../bot/app';
import { readConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';
import { maxBodyBytes } from '../../../bot/server';
import { anyValue, awkwardText } from './fuzzArbitraries';

const seed = Number(process.env.FUZZ_SEED ?? 20261123);
jest.setTimeout(60_000);

let app: App;
let base: string;

beforeAll(async () => {
  app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'test' }), { logger: silentLogger, storage: new MemoryStorage() });
  base = `http://127.0.0.1:${(await app.listen(0, '127.0.0.1')).port}`;
});

afterAll(async () => {
  await app.close();
});

/** Anything that looks like a stack trace or a source path. */
const leak = /\bat \S+ \(|node_modules|\.ts:\d+|\.js:\d+|Error: /;

async function post(body: string | Uint8Array, contentType: string | undefined, path = '/api/messages'): Promise<{ status: number; text: string }> {
  const response = await fetch(`${base}${path}`, { method: 'POST', headers: contentType ? { 'content-type': contentType } : {}, body });
  return { status: response.status, text: await response.text() };
}

describe('POST /api/messages with random bodies', () => {
  it('refuses any JSON that is not an activity with a 400, never a 5xx, never a stack', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json({ maxDepth: 3 }), anyValue.map((value) => JSON.stringify(value ?? null))), async (json) => {
        const response = await post(json, 'application/json');
        expect([200, 400]).toContain(response.status);
        expect(response.text).not.toMatch(leak);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('refuses bytes that are not JSON with a 400, never a 5xx, never a stack', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(awkwardText, fc.uint8Array({ maxLength: 300 })), async (body) => {
        const text = typeof body === 'string' ? body : Buffer.from(body).toString('latin1');
        let parses = true;
        try {
          JSON.parse(text);
        } catch {
          parses = false;
        }
        fc.pre(!parses);
        const response = await post(body, 'application/json');
        expect(response.status).toBe(400);
        expect(response.text).not.toMatch(leak);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('answers other content types with a 4xx (415 for types it does not read), never a stack', async () => {
    const contentTypes = fc.oneof(
      fc.constantFrom('text/plain', 'text/html', 'application/xml', 'application/octet-stream', 'image/png', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded'),
      fc.stringMatching(/^[a-z]{1,10}\/[a-z0-9.+-]{1,20}$/),
    );
    await fc.assert(
      fc.asyncProperty(contentTypes, awkwardText, async (contentType, body) => {
        const response = await post(body, contentType);
        expect(response.status).toBeGreaterThanOrEqual(400);
        expect(response.status).toBeLessThan(500);
        // An empty body is not parsed at all, so it is refused as "not an activity" (400) instead.
        if (body !== '' && !/json|form-urlencoded|multipart/.test(contentType)) expect(response.status).toBe(415);
        expect(response.text).not.toMatch(leak);
      }),
      { seed, numRuns: 60 },
    );
  });

  it('answers activities with random fields: 200 with replies for a message, or a clean 4xx', async () => {
    const activity = fc.record({
      type: fc.oneof(fc.constantFrom('message', 'conversationUpdate', 'event', 'typing', 'invoke'), fc.string({ maxLength: 10 }), anyValue),
      text: fc.oneof(awkwardText.filter((text) => text.length < 2000), anyValue),
      channelId: fc.oneof(fc.constant('fuzz'), fc.string({ maxLength: 20 }), anyValue),
      conversation: fc.oneof(fc.record({ id: fc.oneof(fc.string({ minLength: 1, maxLength: 40 }), anyValue) }), anyValue),
      from: fc.oneof(fc.constant({ id: 'person' }), anyValue),
      recipient: fc.oneof(fc.constant({ id: 'changetalk' }), anyValue),
      membersAdded: anyValue,
      value: anyValue,
      name: fc.oneof(fc.constant('webchat/join'), anyValue),
      attachments: anyValue,
      serviceUrl: fc.constantFrom(undefined, 'http://127.0.0.1:9', 'https://elsewhere.invalid/'),
      // Not 'normal' with a loopback serviceUrl: botbuilder then retries posting the replies for ~10 s.
      deliveryMode: fc.constantFrom('expectReplies'),
    }, { requiredKeys: ['type', 'channelId', 'conversation', 'deliveryMode'] });
    await fc.assert(
      fc.asyncProperty(activity, async (fields) => {
        const response = await post(JSON.stringify(fields), 'application/json');
        expect(response.status).toBeLessThan(500);
        expect(response.text).not.toMatch(leak);
        const wellFormed = typeof fields.channelId === 'string' && fields.channelId !== '' && typeof (fields.conversation as { id?: unknown } | null)?.id === 'string';
        if (fields.type === 'message' && fields.deliveryMode === 'expectReplies' && wellFormed && (fields.conversation as { id: string }).id !== '') {
          expect(response.status).toBe(200);
          const body = JSON.parse(response.text) as { activities: Array<{ type: string; text?: string }> };
          expect(body.activities.filter((reply) => reply.type === 'message').length).toBeGreaterThan(0);
        }
      }),
      { seed, numRuns: 80 },
    );
  });

  it('refuses replies to a serviceUrl off this machine (no Microsoft app id) with 403', async () => {
    await fc.assert(
      fc.asyncProperty(fc.webUrl().filter((url) => !/^https?:\/\/(localhost|127\.|\[::1\])/.test(url)), fc.constantFrom(undefined, 'normal', 'notification'), async (serviceUrl, deliveryMode) => {
        const response = await post(JSON.stringify({ type: 'message', text: 'hi', channelId: 'fuzz', conversation: { id: 'remote' }, serviceUrl, deliveryMode }), 'application/json');
        expect(response.status).toBe(403);
        expect(response.text).not.toMatch(leak);
      }),
      { seed, numRuns: 20 },
    );
  });

  it('refuses any body over the limit with 413', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: maxBodyBytes + 1, max: maxBodyBytes * 3 }), async (size) => {
        const response = await post(JSON.stringify({ type: 'message', text: 'x'.repeat(size) }), 'application/json');
        expect(response.status).toBe(413);
        expect(response.text).not.toMatch(leak);
      }),
      { seed, numRuns: 5 },
    );
  });
});

describe('other routes and methods', () => {
  it('answers unknown paths with 404 and wrong methods with 405, never a stack', async () => {
    // The web chat, pages and outreach routes live at the top level, so random paths go under a prefix no route has.
    const path = fc.oneof(
      fc.webPath().map((candidate) => `/no-such-route${candidate.startsWith('/') ? '' : '/'}${candidate}`),
      fc.constantFrom('/api', '/api/message', '/admin', '/.env', '/../../etc/passwd', '/%00', '/healthz/x', '/api/messages/x'),
    );
    await fc.assert(
      fc.asyncProperty(path, fc.constantFrom('GET', 'POST', 'PUT', 'DELETE'), async (candidate, method) => {
        const response = await fetch(`${base}${candidate}`, { method });
        const text = await response.text();
        expect([404, 405]).toContain(response.status);
        expect(text).not.toMatch(leak);
      }),
      { seed, numRuns: 40 },
    );
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const response = await fetch(`${base}/api/messages`, { method });
      expect(response.status).toBe(405);
      expect(await response.text()).not.toMatch(leak);
    }
  });

  it('is still healthy after all of it', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
  });
});
