import { Channels, type Activity } from 'botbuilder';
import { isGroupConversation } from './groupConversation';

/**
 * Whether a `conversationUpdate` with members added starts the conversation. Web Chat and the Emulator
 * add the person; Teams adds the bot itself when the app is installed in a personal chat. In a group only
 * the bot's own arrival counts, so people joining a group later are not greeted again and again.
 */
export function startsConversation(activity: Partial<Activity>): boolean {
  const botId = activity.recipient?.id;
  // A channel (or a caller) may send anything here: only a list of member objects counts.
  const added = (Array.isArray(activity.membersAdded) ? activity.membersAdded : []).filter(
    (member): member is NonNullable<typeof member> => typeof member === 'object' && member !== null,
  );
  const botAdded = added.some((member) => member.id === botId);
  const peopleAdded = added.some((member) => member.id !== botId);
  if (isGroupConversation(activity)) return activity.channelId === Channels.Msteams ? botAdded : peopleAdded;
  return activity.channelId === Channels.Msteams ? botAdded || peopleAdded : peopleAdded;
}

/** An `installationUpdate` that installs the app; an upgrade (`add-upgrade`) is not a new start. */
export function isInstall(activity: Partial<Activity>): boolean {
  return activity.action === 'add';
}
