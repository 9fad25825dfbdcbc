import type { Activity, TurnContext } from 'botbuilder';
import { crisisReply } from '../../dialogs/crisisReply';
import { ukEmergencyContacts } from '../../dialogs/emergencyContacts';
import type { PlannedMessage } from '../../dialogs/replyPlan';
import { detectCrisis } from '../../nlp/detectCrisis';
import { normalise } from '../../nlp/normalise';
import type { ConversationTurnDeps } from '../conversationTurn';
import { replyActivities } from '../replyActivities';

/** Compiled-in wording for when content cannot be loaded; the content line is `groupNotPrivate`. */
const fallbackGroupLine = `Hi, I'm changetalk, a chatbot. I only talk one-to-one, because a group isn't private. If you're in danger now, call ${ukEmergencyContacts.emergency}.`;

/** A group chat, a Teams channel, or any conversation the channel marks as a group: not private. */
export function isGroupConversation(activity: Partial<Activity>): boolean {
  const conversation = activity.conversation;
  return conversation?.isGroup === true || conversation?.conversationType === 'groupChat' || conversation?.conversationType === 'channel';
}

/**
 * In a group the bot holds no conversation: nothing is analysed beyond a crisis check, nothing is stored,
 * nothing anyone wrote is repeated. It says, once per message or when added, that it only talks one-to-one.
 * `text` is what was written (null when the bot was just added); a crisis still gets the crisis reply first.
 */
export async function replyInGroup(context: TurnContext, text: string | null, deps: ConversationTurnDeps): Promise<void> {
  const messages: PlannedMessage[] = [];
  const crisis = text === null ? null : crisisIn(text);
  if (crisis) messages.push(...crisisReply(crisis, ukEmergencyContacts));
  const line = deps.dependencies()?.content.messages.groupNotPrivate.say[0];
  messages.push({ text: (line ?? fallbackGroupLine).replace('{emergency}', ukEmergencyContacts.emergency), kind: 'information' });
  await context.sendActivities(replyActivities({ messages, suggestions: [] }, crisis ? 'crisis' : 'group'));
  deps.logger.info('group.declined', { conversationType: context.activity.conversation?.conversationType ?? null, crisis: crisis !== null });
}

function crisisIn(text: string) {
  try {
    return detectCrisis(normalise(text))?.kind ?? null;
  } catch {
    // The group line itself carries the emergency number, so a failed check still leaves it in view.
    return null;
  }
}
