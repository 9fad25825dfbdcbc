import { ConnectionStatus } from 'botframework-directlinejs';
import { MemoryStorage } from 'botbuilder';
import { startWebChat, type RunningWebChat } from '../web/webChatServer';
import { collect, nodeDirectLine, postMessage } from './nodeDirectLine';

interface Issued {
  token: string;
  conversationId: string;
  expires_in: number;
}

async function issueToken(baseUrl: string, link: Record<string, string> = {}): Promise<Issued> {
  const res = await fetch(`${baseUrl}/api/directline/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(link),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Issued;
}

async function api(baseUrl: string, path: string, token: string, init: { method?: string; body?: unknown } = {}) {
  const res = await fetch(`${baseUrl}/v3/directline${path}`, {
    method: init.method ?? 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function waitForActivities(baseUrl: string, issued: Issued, count: number) {
  for (let attempt = 0; attempt < 100; attempt += 1) {
    const page = await api(baseUrl, `/conversations/${issued.conversationId}/activities`, issued.token);
    if (page.body.activities.length >= count) return page.body;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`fewer than ${count} activities arrived`);
}

describe('self-hosted Direct Line, driven by botframework-directlinejs', () => {
  let clock = Math.floor(Date.now() / 1000);
  let running: RunningWebChat;

  beforeEach(async () => {
    clock = Math.floor(Date.now() / 1000);
    running = await startWebChat({ nowSeconds: () => clock });
  });

  afterEach(async () => {
    await running.close();
  });

  it('starts a conversation, sends "hi" and receives the echo bot reply', async () => {
    const issued = await issueToken(running.baseUrl);
    const directLine = nodeDirectLine(running.baseUrl, issued.token);
    const activities = collect(directLine);
    try {
      const id = await postMessage(directLine, 'hi');
      const reply = await activities.waitFor((a) => a.from.role === 'bot' && a.text === 'You said: hi');
      const echo = await activities.waitFor((a) => a.id === id);
      expect(echo.from.role).toBe('user');
      expect(echo.text).toBe('hi');
      expect(echo.id?.startsWith(`${issued.conversationId}|`)).toBe(true);
      expect(reply.replyToId).toBe(id);
      const sequence = (a: { channelData?: unknown }) => (a.channelData as Record<string, number>)['webchat:sequence-id'];
      expect(sequence(reply)).toBeGreaterThan(sequence(echo) as number);
      expect(activities.seen.map((a) => a.type)).toEqual(['message', 'message']);
    } finally {
      directLine.end();
    }
  });

  it('keeps the client activity id on the echo and gives the bot a server id it can reply to', async () => {
    const issued = await issueToken(running.baseUrl);
    expect((await api(running.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} })).status).toBe(201);
    const posted = await api(running.baseUrl, `/conversations/${issued.conversationId}/activities`, issued.token, {
      method: 'POST',
      body: { type: 'message', text: 'hello', from: { id: 'spoofed', role: 'bot' }, channelData: { clientActivityID: 'client-1' } },
    });
    expect(posted.status).toBe(200);
    const page = await waitForActivities(running.baseUrl, issued, 2);
    const [echo, reply] = page.activities;
    expect(echo.id).toBe(posted.body.id);
    expect(echo.channelData.clientActivityID).toBe('client-1');
    expect(echo.from.role).toBe('user');
    expect(echo.from.id).not.toBe('spoofed');
    expect(typeof echo.timestamp).toBe('string');
    expect(reply.replyToId).toBe(echo.id);
    expect(reply.from.role).toBe('bot');
  });

  it("refuses a second conversation's token on the first conversation", async () => {
    const first = await issueToken(running.baseUrl);
    const second = await issueToken(running.baseUrl);
    await api(running.baseUrl, '/conversations', first.token, { method: 'POST', body: {} });
    await api(running.baseUrl, '/conversations', second.token, { method: 'POST', body: {} });
    await api(running.baseUrl, `/conversations/${first.conversationId}/activities`, first.token, {
      method: 'POST',
      body: { type: 'message', text: 'private' },
    });
    const read = await api(running.baseUrl, `/conversations/${first.conversationId}/activities`, second.token);
    expect(read.status).toBe(403);
    expect(JSON.stringify(read.body)).not.toContain('private');
    const write = await api(running.baseUrl, `/conversations/${first.conversationId}/activities`, second.token, {
      method: 'POST',
      body: { type: 'message', text: 'intrusion' },
    });
    expect(write.status).toBe(403);
    expect((await api(running.baseUrl, `/conversations/${first.conversationId}`, second.token)).status).toBe(403);
  });

  it('refuses an expired token, and a tampered one', async () => {
    const issued = await issueToken(running.baseUrl);
    await api(running.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} });
    const path = `/conversations/${issued.conversationId}/activities`;
    expect((await api(running.baseUrl, path, issued.token)).status).toBe(200);
    const tampered = `${issued.token.slice(0, -2)}${issued.token.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await api(running.baseUrl, path, tampered)).status).toBe(403);
    clock += 1801;
    const expired = await api(running.baseUrl, path, issued.token);
    expect(expired.status).toBe(403);
    expect(expired.body.error.code).toBe('TokenExpired');
    expect((await api(running.baseUrl, '/tokens/refresh', issued.token, { method: 'POST' })).status).toBe(403);
  });

  it('refreshes a token into a new one for the same conversation', async () => {
    const issued = await issueToken(running.baseUrl);
    await api(running.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} });
    clock += 900;
    const refreshed = await api(running.baseUrl, '/tokens/refresh', issued.token, { method: 'POST' });
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.conversationId).toBe(issued.conversationId);
    clock += 1000; // past the first token's expiry, inside the new one's
    expect((await api(running.baseUrl, `/conversations/${issued.conversationId}/activities`, issued.token)).status).toBe(403);
    expect((await api(running.baseUrl, `/conversations/${issued.conversationId}/activities`, refreshed.body.token)).status).toBe(200);
  });

  it('returns only activities after the watermark', async () => {
    const issued = await issueToken(running.baseUrl);
    await api(running.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} });
    const path = `/conversations/${issued.conversationId}/activities`;
    await api(running.baseUrl, path, issued.token, { method: 'POST', body: { type: 'message', text: 'one' } });
    const first = await waitForActivities(running.baseUrl, issued, 2);
    expect(first.watermark).toBe('2');
    await api(running.baseUrl, path, issued.token, { method: 'POST', body: { type: 'message', text: 'two' } });
    await waitForActivities(running.baseUrl, issued, 4);
    const after = await api(running.baseUrl, `${path}?watermark=${first.watermark}`, issued.token);
    expect(after.body.activities.map((a: { text: string }) => a.text)).toEqual(['two', 'You said: two']);
    expect(after.body.watermark).toBe('4');
    const nothingNew = await api(running.baseUrl, `${path}?watermark=4`, issued.token);
    expect(nothingNew.body).toEqual({ activities: [], watermark: '4' });
  });

  it('answers 404 for a conversation that was never started, and after it is ended', async () => {
    const issued = await issueToken(running.baseUrl);
    const path = `/conversations/${issued.conversationId}/activities`;
    expect((await api(running.baseUrl, path, issued.token)).status).toBe(404);
    await api(running.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} });
    expect((await api(running.baseUrl, path, issued.token)).status).toBe(200);
    const ended = await fetch(`${running.baseUrl}/api/directline/end`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: issued.token }),
    });
    expect(ended.status).toBe(204);
    expect((await api(running.baseUrl, path, issued.token)).status).toBe(404);
  });

  it('reconnects with DirectLineJS to an existing conversation and replays its history', async () => {
    const issued = await issueToken(running.baseUrl);
    const first = nodeDirectLine(running.baseUrl, issued.token);
    const firstSeen = collect(first);
    await postMessage(first, 'remember me');
    await firstSeen.waitFor((a) => a.text === 'You said: remember me');
    first.end();
    const again = nodeDirectLine(running.baseUrl, issued.token, issued.conversationId);
    const replay = collect(again);
    try {
      await replay.waitFor((a) => a.text === 'You said: remember me');
      expect(again.connectionStatus$.getValue()).toBe(ConnectionStatus.Online);
    } finally {
      again.end();
    }
  });
});

describe('a restart with the same storage loses nothing', () => {
  it('serves the old conversation from the new server', async () => {
    const storage = new MemoryStorage();
    const before = await startWebChat({ storage });
    const issued = await issueToken(before.baseUrl);
    await api(before.baseUrl, '/conversations', issued.token, { method: 'POST', body: {} });
    await api(before.baseUrl, `/conversations/${issued.conversationId}/activities`, issued.token, {
      method: 'POST',
      body: { type: 'message', text: 'before restart' },
    });
    await waitForActivities(before.baseUrl, issued, 2);
    await before.close();

    const after = await startWebChat({ storage });
    try {
      expect((await api(after.baseUrl, `/conversations/${issued.conversationId}`, issued.token)).status).toBe(200);
      const page = await api(after.baseUrl, `/conversations/${issued.conversationId}/activities`, issued.token);
      expect(page.body.activities.map((a: { text: string }) => a.text)).toEqual(['before restart', 'You said: before restart']);
    } finally {
      await after.close();
    }
  });
});
