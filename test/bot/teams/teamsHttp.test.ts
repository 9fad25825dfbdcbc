import { createApp, type App } from '../../../bot/app';
import { readConfig } from '../../../bot/config';
import { silentLogger } from '../../../bot/logger';
import { personalChat, RecordingStorage, teamsChannelData, teamsUser } from './teamsChat';

let app: App;
let base: string;
const storage = new RecordingStorage();

beforeAll(async () => {
  app = createApp(readConfig({ STORAGE: 'memory', NODE_ENV: 'test' }), { logger: silentLogger, storage });
  const address = await app.listen(0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await app.close();
});

let counter = 0;

/** A Teams-shaped activity, as the Teams channel would POST it (replies returned in the body, not sent on). */
async function post(fields: Record<string, unknown>, expectReplies = true): Promise<{ status: number; body: string }> {
  const response = await fetch(`${base}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      channelId: 'msteams',
      serviceUrl: 'http://127.0.0.1:9/',
      ...(expectReplies ? { deliveryMode: 'expectReplies' } : {}),
      conversation: personalChat,
      from: teamsUser,
      recipient: { id: '28:changetalk-app-id', name: 'changetalk' },
      channelData: teamsChannelData,
      id: `t${++counter}`,
      ...fields,
    }),
  });
  return { status: response.status, body: await response.text() };
}

interface Reply {
  type: string;
  text?: string;
  textFormat?: string;
  attachments?: { contentType: string }[];
}

describe('Teams over HTTP', () => {
  it('welcomes on install, then turns a ruler question into an Adaptive Card', async () => {
    const install = await post({ type: 'installationUpdate', action: 'add' });
    expect(install.status).toBe(200);
    const welcome = (JSON.parse(install.body) as { activities: Reply[] }).activities.filter((a) => a.type === 'message');
    expect(welcome.map((reply) => reply.text).join(' ')).toMatch(/chatbot, not a person/);
    expect(welcome.every((reply) => reply.textFormat === 'plain')).toBe(true);

    let last: Reply[] = [];
    for (const text of ['yes', 'I want to cut down on the gear', 'I need to stop, it is costing me a fortune', 'I feel rubbish about it and I want to change']) {
      const response = await post({ type: 'message', text });
      expect(response.status).toBe(200);
      last = (JSON.parse(response.body) as { activities: Reply[] }).activities;
    }
    expect(last.at(-1)?.attachments?.map((a) => a.contentType)).toEqual(['application/vnd.microsoft.card.adaptive']);
  });

  it('answers a declined file consent invoke with 200', async () => {
    const response = await post({ type: 'invoke', name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'decline' } }, false);
    expect(response.status).toBe(200);
  });

  it('answers a reaction, an edit and a soft delete with 200 and no replies', async () => {
    for (const fields of [
      { type: 'messageReaction', reactionsAdded: [{ type: 'like' }] },
      { type: 'messageUpdate', text: 'edited words', channelData: { ...teamsChannelData, eventType: 'editMessage' } },
      { type: 'messageDelete', channelData: { ...teamsChannelData, eventType: 'softDeleteMessage' } },
    ]) {
      const response = await post(fields);
      expect(response.status).toBe(200);
      expect((JSON.parse(response.body) as { activities: Reply[] }).activities).toEqual([]);
    }
  });
});
