import { ActivityTypes } from 'botbuilder';
import { TestConversation } from '../../support/botHarness';
import { botAddedUpdate, installUpdate, messagesIn, RecordingStorage, sendToBot, storageKey, teamsConversation, teamsUser } from './teamsChat';

const welcome = /chatbot, not a person/;

describe('installing the app in a personal chat', () => {
  it('welcomes once when Teams says the bot was added to the chat', async () => {
    const conversation = teamsConversation();
    const replies = await conversation.send(botAddedUpdate);
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(welcome);
    expect(replies.at(-1)?.step).toBe('welcome');
  });

  it('welcomes once when Teams says the app was installed', async () => {
    const conversation = teamsConversation();
    const replies = await conversation.send(installUpdate);
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(welcome);
  });

  it('welcomes when the person is the one added (some Teams clients send that shape)', async () => {
    const conversation = teamsConversation();
    const replies = await conversation.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: teamsUser.id, name: teamsUser.name }] });
    expect(replies.map((reply) => reply.text).join(' ')).toMatch(welcome);
  });

  it('does not welcome twice when both events arrive, in either order', async () => {
    for (const [first, second] of [
      [botAddedUpdate, installUpdate],
      [installUpdate, botAddedUpdate],
    ]) {
      const conversation = teamsConversation();
      expect((await conversation.send(first!)).length).toBeGreaterThan(0);
      expect(await conversation.send(second!)).toEqual([]);
    }
  });

  it('does not welcome twice when both events arrive at the same moment', async () => {
    const storage = new RecordingStorage();
    const bot = teamsConversation({ storage }).bot;
    const [a, b] = await Promise.all([sendToBot(bot, botAddedUpdate), sendToBot(bot, installUpdate)]);
    const welcomes = [...messagesIn(a!), ...messagesIn(b!)].filter((reply) => welcome.test(reply.text ?? ''));
    expect(welcomes).toHaveLength(1);
  });

  it('does not welcome again on reinstall, and the conversation carries on where it was', async () => {
    const conversation = teamsConversation();
    await conversation.send(installUpdate);
    await conversation.say('yes');
    expect(await conversation.send({ type: ActivityTypes.InstallationUpdate, action: 'remove' })).toEqual([]);
    expect(await conversation.send({ type: ActivityTypes.ConversationUpdate, membersRemoved: [{ id: 'changetalk', name: 'changetalk' }] })).toEqual([]);
    expect(await conversation.send(installUpdate)).toEqual([]);
    expect(await conversation.send(botAddedUpdate)).toEqual([]);
    const next = await conversation.say('i want to stop using spice');
    expect(next.some((reply) => /spice/.test(reply.text))).toBe(true);
    expect(next.at(-1)?.step).not.toBe('welcome');
  });

  it('does not treat an app upgrade as a new install', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage });
    expect(await conversation.send({ type: ActivityTypes.InstallationUpdate, action: 'add-upgrade' })).toEqual([]);
    expect(storage.writtenKeys).toEqual([]);
  });

  it('stores the welcome under the Teams conversation', async () => {
    const storage = new RecordingStorage();
    await teamsConversation({ storage }).send(installUpdate);
    expect(storage.writtenKeys).toEqual([storageKey()]);
  });
});

describe('outside Teams', () => {
  it('still welcomes when the person joins, and not when only the bot is added', async () => {
    const conversation = new TestConversation({ channelId: 'webchat' });
    expect(await conversation.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: 'changetalk', name: 'changetalk' }] })).toEqual([]);
    expect((await conversation.start()).map((reply) => reply.text).join(' ')).toMatch(welcome);
  });
});
