import { MemoryStorage } from 'botbuilder';
import { createApp } from '../../bot/app';
import { readConfig } from '../../bot/config';
import { createLogger } from '../../bot/logger';
import { TestConversation } from '../support/botHarness';

/** Messages with words that must never reach a log line or storage. */
const secretWords = ['zanzibar', 'quokka', 'marmalade', 'trombone'];
const conversation = [
  'yes',
  'I want to cut down on the zanzibar gear',
  'my mate quokka keeps bringing it round',
  'I feel marmalade about it all',
  '7',
  'the trombone matters to me',
  'i want to kill myself',
  'delete my data',
];

describe('privacy', () => {
  it('keeps every word people type out of the logs of a whole conversation', async () => {
    const lines: string[] = [];
    const app = createApp(readConfig({ STORAGE: 'memory' }), { logger: createLogger((line) => lines.push(line)), storage: new MemoryStorage() });
    const { port } = await app.listen(0, '127.0.0.1');
    try {
      const send = (body: object) =>
        fetch(`http://127.0.0.1:${port}/api/messages`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            channelId: 'privacy-test', serviceUrl: 'http://localhost', deliveryMode: 'expectReplies',
            conversation: { id: 'privacy-1' }, from: { id: 'person' }, recipient: { id: 'bot' }, ...body,
          }),
        });
      await send({ type: 'conversationUpdate', membersAdded: [{ id: 'person' }] });
      for (const text of conversation) expect((await send({ type: 'message', text })).status).toBe(200);
      await send({ type: 'message', text: '{"broken' });
    } finally {
      await app.close();
    }
    expect(lines.length).toBeGreaterThan(conversation.length);
    const log = lines.join('\n').toLowerCase();
    for (const word of secretWords) expect(log).not.toContain(word);
    expect(log).not.toContain('kill myself');
  });

  it('stores no phone number, email, name or address that a person types', async () => {
    const storage = new MemoryStorage();
    const chat = new TestConversation({ storage });
    await chat.start();
    for (const text of ['yes', 'i want to stop, my name is jo bloggs', 'i really want to stop, ring me on 07700 900123 or jo@example.com', 'i need to sort it out, i live at 14 acacia avenue g1 1xq']) {
      await chat.say(text);
    }
    const stored = JSON.stringify(await storage.read(['test/conversations/conversation-1/']));
    expect(stored).toContain('changeStatements');
    expect(stored).not.toMatch(/bloggs|07700|900123|example\.com|acacia|g1 1xq/i);
  });
});

describe('the privacy notice', () => {
  it('is in the chat when asked, and on /privacy and /terms, with the retention time', async () => {
    const chat = new TestConversation();
    await chat.start();
    const replies = await chat.say('what do you keep?');
    expect(replies[0]?.text).toMatch(/30 days[\s\S]*delete my data/);
    const app = createApp(readConfig({ STORAGE: 'memory', STATE_RETENTION_DAYS: '14' }), { logger: createLogger(() => {}), storage: new MemoryStorage() });
    const { port } = await app.listen(0, '127.0.0.1');
    try {
      const privacy = await fetch(`http://127.0.0.1:${port}/privacy`);
      expect(privacy.status).toBe(200);
      const html = await privacy.text();
      expect(html).toMatch(/14 days after your last message/);
      expect(html).not.toMatch(/<script/);
      expect((await fetch(`http://127.0.0.1:${port}/terms`)).status).toBe(200);
    } finally {
      await app.close();
    }
  });
});
