import { ActivityTypes } from 'botbuilder';
import { TestConversation } from '../../support/botHarness';
import { botAddedUpdate, groupChat, installUpdate, RecordingStorage, teamChannel, teamsConversation } from './teamsChat';

const oneToOne = /only talk one-to-one/;
/** Something personal, with words that would otherwise be reflected back. */
const disclosure = 'my brother Dave is using heroin again and I am worried sick';

describe.each([
  ['a group chat', groupChat],
  ['a Teams channel', teamChannel],
])('in %s', (_name, conversationAccount) => {
  it('explains kindly that it only talks one-to-one, and stores nothing', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage, conversation: conversationAccount });
    const replies = await conversation.say(disclosure);
    expect(replies).toHaveLength(1);
    expect(replies[0]?.text).toMatch(oneToOne);
    expect(replies[0]?.text).toMatch(/999/);
    expect(replies[0]?.kind).toBe('information');
    expect(storage.writtenKeys).toEqual([]);
    expect(storage.deletedKeys).toEqual([]);
  });

  it('never repeats what anyone wrote and never asks an MI question', async () => {
    const conversation = teamsConversation({ conversation: conversationAccount });
    for (const text of [disclosure, 'yes', '8', 'I want to cut down on the gear', 'start again', 'help']) {
      const replies = await conversation.say(text);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.text).toMatch(oneToOne);
      expect(replies[0]?.text).not.toMatch(/brother|Dave|heroin|worried|gear|cut down/i);
      expect(replies[0]?.activity.suggestedActions).toBeUndefined();
    }
  });

  it('says so once when the app is added (both install events), and ignores people joining later', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage, conversation: conversationAccount });
    expect((await conversation.send(botAddedUpdate)).map((reply) => reply.text)).toEqual([expect.stringMatching(oneToOne)]);
    expect(await conversation.send(installUpdate)).toEqual([]);
    expect(await conversation.send({ type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: '29:someone-else', name: 'Alex' }] })).toEqual([]);
    expect(storage.writtenKeys).toEqual([]);
  });

  it('still answers a crisis with the crisis reply first, without storing it', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage, conversation: conversationAccount });
    const replies = await conversation.say('my mate is not breathing');
    expect(replies[0]?.kind).toBe('crisis');
    expect(replies[0]?.text).toMatch(/999/);
    expect(replies.at(-1)?.text).toMatch(oneToOne);
    expect(storage.writtenKeys).toEqual([]);
  });
});

it('treats any conversation marked isGroup as a group, on any channel', async () => {
  const storage = new RecordingStorage();
  const conversation = new TestConversation({ storage, channelId: 'webchat', conversation: { id: 'g1', isGroup: true, name: 'group', conversationType: '' } });
  const replies = await conversation.say('hello');
  expect(replies.map((reply) => reply.text)).toEqual([expect.stringMatching(oneToOne)]);
  expect(storage.writtenKeys).toEqual([]);
});

it('uses its compiled-in wording when content cannot be loaded', async () => {
  const conversation = teamsConversation({ conversation: groupChat, dependencies: () => undefined });
  const replies = await conversation.say('hello');
  expect(replies.map((reply) => reply.text)).toEqual([expect.stringMatching(/only talk one-to-one[\s\S]*999/)]);
});
