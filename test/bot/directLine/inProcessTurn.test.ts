import { createInProcessTurn, MAX_DELAY_MS } from '../../../bot/directLine/inProcessTurn';
import { createEchoTurn } from './echoBot';

const userMessage = {
  type: 'message',
  id: 'c1|0000001',
  text: 'hi there',
  channelId: 'webchat',
  serviceUrl: 'https://directline.invalid/',
  from: { id: 'u1', role: 'user' },
  recipient: { id: 'changetalk', role: 'bot' },
  conversation: { id: 'c1' },
} as const;

describe('createInProcessTurn', () => {
  it('returns the bot reply through the real CloudAdapter, without trace or typing', async () => {
    const { runTurn } = createEchoTurn();
    const replies = await runTurn({ ...userMessage, conversation: { ...userMessage.conversation } } as never);
    expect(replies.map((r) => r.type)).toEqual(['delay', 'message']);
    expect(replies[1]?.text).toBe('You said: hi there');
    expect(replies[1]?.replyToId).toBe('c1|0000001');
    expect(replies[0]?.value).toBe(10);
  });

  it('clamps a long or missing delay so a reply never hangs', async () => {
    const { adapter } = createEchoTurn();
    const runTurn = createInProcessTurn(adapter, async (context) => {
      await context.sendActivity({ type: 'delay', value: 60_000 });
      await context.sendActivity({ type: 'delay' });
      await context.sendActivity('done');
    });
    const replies = await runTurn({ ...userMessage, conversation: { ...userMessage.conversation } } as never);
    expect(replies.map((r) => r.value ?? r.text)).toEqual([MAX_DELAY_MS, 1000, 'done']);
  });

  it('passes the event name and value to the bot', async () => {
    const { bot, runTurn } = createEchoTurn();
    const replies = await runTurn({
      ...userMessage, conversation: { ...userMessage.conversation }, type: 'event', name: 'webchat/join', value: { area: 'glasgow' },
    } as never);
    expect(bot.joins).toEqual([{ area: 'glasgow' }]);
    expect(replies.map((r) => r.text)).toEqual(['Hello. This is an anonymous chat.']);
  });
});
