import { ActivityTypes, type Activity } from 'botbuilder';
import { installUpdate, messagesIn, RecordingStorage, sendToBot, storageKey, teamsConversation } from './teamsChat';

/** Teams activities that are not something the person said. */
const notMessages: [string, Partial<Activity>][] = [
  ['a reaction added', { type: ActivityTypes.MessageReaction, reactionsAdded: [{ type: 'like' }], replyToId: '1' }],
  ['a reaction removed', { type: ActivityTypes.MessageReaction, reactionsRemoved: [{ type: 'heart' }], replyToId: '1' }],
  ['an edit', { type: ActivityTypes.MessageUpdate, text: 'i want to stop using crack', channelData: { eventType: 'editMessage', tenant: { id: 't' } } }],
  ['an undelete', { type: ActivityTypes.MessageUpdate, text: 'my brother is using again', channelData: { eventType: 'undeleteMessage' } }],
  ['a soft delete', { type: ActivityTypes.MessageDelete, channelData: { eventType: 'softDeleteMessage' } }],
  ['typing', { type: ActivityTypes.Typing }],
  ['a read receipt', { type: ActivityTypes.Event, name: 'application/vnd.microsoft.readReceipt', value: { lastReadMessageId: '1' } }],
  ['a people-removed update', { type: ActivityTypes.ConversationUpdate, membersRemoved: [{ id: '29:x', name: 'x' }] }],
  ['end of conversation', { type: ActivityTypes.EndOfConversation }],
];

describe.each(notMessages)('%s', (_name, activity) => {
  it('gets no reply, stores nothing, and the next message carries on where it was', async () => {
    const storage = new RecordingStorage();
    const conversation = teamsConversation({ storage });
    await conversation.send(installUpdate);
    const afterWelcome = await storage.read([storageKey()]);
    storage.writtenKeys.length = 0;

    expect(await conversation.send(activity)).toEqual([]);
    expect(storage.writtenKeys).toEqual([]);
    expect(await storage.read([storageKey()])).toEqual(afterWelcome);

    const next = await conversation.say('yes');
    expect(next).toHaveLength(1);
    expect(next[0]?.step).toBe('engage');
  });
});

it.each([
  ['an update', { type: ActivityTypes.MessageUpdate, text: 'hello' }],
  ['a delete', { type: ActivityTypes.MessageDelete }],
])('%s from Teams with no channelData does not crash the turn', async (_name, activity) => {
  const storage = new RecordingStorage();
  const bot = teamsConversation({ storage }).bot;
  expect(await sendToBot(bot, { ...activity, channelData: undefined })).toEqual([]);
  expect(storage.writtenKeys).toEqual([]);
});

describe('a file consent invoke', () => {
  it('accepted: answered 200 so Teams shows no error, and told kindly the bot cannot take files', async () => {
    const storage = new RecordingStorage();
    const bot = teamsConversation({ storage }).bot;
    const sent = await sendToBot(bot, {
      type: ActivityTypes.Invoke,
      name: 'fileConsent/invoke',
      value: { type: 'fileUpload', action: 'accept', uploadInfo: { name: 'notes.txt', uploadUrl: 'https://example.invalid/upload' } },
    });
    expect(messagesIn(sent).map((activity) => activity.text)).toEqual([expect.stringMatching(/can't open files/)]);
    expect(sent.find((activity) => activity.type === ActivityTypes.InvokeResponse)?.value).toEqual({ status: 200 });
    expect(storage.writtenKeys).toEqual([]);
  });

  it('declined: answered 200, with nothing said', async () => {
    const bot = teamsConversation().bot;
    const sent = await sendToBot(bot, { type: ActivityTypes.Invoke, name: 'fileConsent/invoke', value: { type: 'fileUpload', action: 'decline' } });
    expect(messagesIn(sent)).toEqual([]);
    expect(sent.find((activity) => activity.type === ActivityTypes.InvokeResponse)?.value).toEqual({ status: 200 });
  });

  it('malformed: answered 400, not a crash', async () => {
    const bot = teamsConversation().bot;
    const sent = await sendToBot(bot, { type: ActivityTypes.Invoke, name: 'fileConsent/invoke', value: { action: 'shred' } });
    expect(messagesIn(sent)).toEqual([]);
    expect(sent.find((activity) => activity.type === ActivityTypes.InvokeResponse)?.value).toEqual({ status: 400 });
  });
});

it('a file sent in a personal chat gets the kind "only words" reply, not an MI turn', async () => {
  const storage = new RecordingStorage();
  const conversation = teamsConversation({ storage });
  const replies = await conversation.send({
    type: ActivityTypes.Message,
    text: '',
    attachments: [{ contentType: 'application/vnd.microsoft.teams.file.download.info', name: 'notes.docx', content: { downloadUrl: 'https://example.invalid/x' } }],
  });
  expect(replies.map((reply) => reply.text)).toEqual([expect.stringMatching(/can't open files/)]);
  expect(storage.writtenKeys).toEqual([]);
});
