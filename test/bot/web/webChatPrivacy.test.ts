import { MemoryStorage } from 'botbuilder';
import { createApp, type App } from '../../../bot/app';
import { readConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';

let app: App;
let storage: MemoryStorage;
let base: string;

beforeEach(async () => {
  storage = new MemoryStorage();
  app = createApp(readConfig({ STORAGE: 'memory' }), { logger: silentLogger, storage });
  const { port } = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${port}`;
});

afterEach(async () => {
  await app.close();
});

async function json(path: string, body: unknown, token?: string): Promise<{ status: number; body: any }> {
  const response = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : undefined };
}

async function startChat() {
  const { body } = await json('/api/directline/token', {});
  await json('/v3/directline/conversations', { user: { id: 'dl_person' } }, body.token);
  return { token: body.token as string, id: body.conversationId as string };
}

async function say(chat: { token: string; id: string }, text: string) {
  await json(`/v3/directline/conversations/${chat.id}/activities`, { type: 'message', text, from: { id: 'dl_person' } }, chat.token);
}

async function transcript(chat: { token: string; id: string }, until: (texts: string[]) => boolean): Promise<string[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const response = await fetch(`${base}/v3/directline/conversations/${chat.id}/activities`, { headers: { authorization: `Bearer ${chat.token}` } });
    const texts = ((await response.json()) as { activities: { text?: string }[] }).activities.map((a) => a.text ?? '');
    if (until(texts)) return texts;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('the bot did not answer in time');
}

async function storedKeys(keys: string[]): Promise<string[]> {
  return Object.keys(await storage.read(keys));
}

describe('web chat privacy', () => {
  it('keeps the transcript with personal details taken out', async () => {
    const chat = await startChat();
    await say(chat, 'yes');
    await say(chat, 'I want to stop. Text me on 07700 900123, my name is Jo Bloggs');
    const texts = await transcript(chat, (t) => t.filter((x) => x.length > 0).length >= 6);
    const stored = JSON.stringify(await storage.read([`directline/conversations/${chat.id}`]));
    expect(stored).toContain('[number]');
    expect(stored).not.toMatch(/07700|900123|Bloggs/);
    expect(texts.join(' ')).not.toMatch(/07700|Bloggs/);
  });

  it('forgets the transcript and the bot state on "delete my data"', async () => {
    const chat = await startChat();
    await say(chat, 'yes');
    await transcript(chat, (t) => t.some((x) => /on your mind|How are things|like to talk about/.test(x)));
    expect(await storedKeys([`webchat/conversations/${chat.id}/`])).toHaveLength(1);
    await say(chat, 'delete my data');
    const texts = await transcript(chat, (t) => t.some((x) => /deleted/.test(x)));
    expect(texts.some((x) => /^yes$/.test(x))).toBe(false);
    expect(await storedKeys([`webchat/conversations/${chat.id}/`])).toEqual([]);
  });

  it('forgets the bot state as well as the transcript on Clear conversation or Exit', async () => {
    const chat = await startChat();
    await say(chat, 'yes');
    await transcript(chat, (t) => t.some((x) => /on your mind|How are things|like to talk about/.test(x)));
    const ended = await json('/api/directline/end', { token: chat.token });
    expect(ended.status).toBe(204);
    expect(await storedKeys([`webchat/conversations/${chat.id}/`, `directline/conversations/${chat.id}`])).toEqual([]);
  });
});
