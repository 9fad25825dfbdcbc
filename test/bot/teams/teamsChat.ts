import { ActivityTypes, MemoryStorage, TestAdapter, type Activity, type ConversationAccount, type ConversationReference, type StoreItems } from 'botbuilder';
import type { ChangetalkBot } from '../../../bot/changetalkBot';
import { TestConversation, type HarnessOptions } from '../../support/botHarness';

/** Ids shaped like the ones Teams sends (29: user, 28: bot, a: personal conversation). */
export const tenantId = '72f988bf-0000-4000-8000-000000000001';
export const teamsUser = { id: '29:1person-teams-id', name: 'Sam', aadObjectId: '6f1b2c3d-0000-4000-8000-00000000a11c' };
export const personalChat: ConversationAccount = {
  id: 'a:1personal-chat-id',
  conversationType: 'personal',
  tenantId,
  isGroup: false,
  name: '',
};
export const groupChat: ConversationAccount = { id: '19:group-chat-id@thread.v2', conversationType: 'groupChat', tenantId, isGroup: true, name: 'Friday crew' };
export const teamChannel: ConversationAccount = { id: '19:channel-id@thread.skype', conversationType: 'channel', tenantId, isGroup: true, name: 'General' };
export const teamsChannelData = { tenant: { id: tenantId } };

/** The harness bot's id: Teams puts the bot in `membersAdded` when the app is installed. */
export const botId = 'changetalk';

/** MemoryStorage that remembers every key written or deleted, to prove nothing was stored. */
export class RecordingStorage extends MemoryStorage {
  readonly writtenKeys: string[] = [];
  readonly deletedKeys: string[] = [];

  override async write(changes: StoreItems): Promise<void> {
    this.writtenKeys.push(...Object.keys(changes));
    return super.write(changes);
  }

  override async delete(keys: string[]): Promise<void> {
    this.deletedKeys.push(...keys);
    return super.delete(keys);
  }
}

export function teamsConversation(options: HarnessOptions = {}): TestConversation {
  return new TestConversation({
    channelId: 'msteams',
    user: teamsUser,
    conversation: personalChat,
    channelData: teamsChannelData,
    ...options,
  });
}

export function storageKey(conversation: ConversationAccount = personalChat): string {
  return `msteams/conversations/${conversation.id}/`;
}

/** The two ways Teams says the app arrived in a chat. */
export const botAddedUpdate: Partial<Activity> = { type: ActivityTypes.ConversationUpdate, membersAdded: [{ id: botId, name: 'changetalk' }] };
export const installUpdate: Partial<Activity> = { type: ActivityTypes.InstallationUpdate, action: 'add' };

/**
 * Sends one Teams activity to the bot through its own TestAdapter and returns everything the bot sent,
 * invoke responses included. Several can run at once on the same bot, as on a server.
 */
export async function sendToBot(bot: ChangetalkBot, activity: Partial<Activity>, conversation: ConversationAccount = personalChat): Promise<Partial<Activity>[]> {
  const reference: Partial<ConversationReference> = {
    channelId: 'msteams',
    serviceUrl: 'https://smba.trafficmanager.net/uk/',
    conversation,
    user: teamsUser,
    bot: { id: botId, name: 'changetalk' },
  };
  const adapter = new TestAdapter(async (context) => bot.run(context), reference as ConversationReference);
  await adapter.processActivity({ channelData: teamsChannelData, ...activity, from: teamsUser, recipient: reference.bot } as Partial<Activity>);
  return adapter.activeQueue.splice(0);
}

export function messagesIn(activities: Partial<Activity>[]): Partial<Activity>[] {
  return activities.filter((activity) => activity.type === ActivityTypes.Message);
}
