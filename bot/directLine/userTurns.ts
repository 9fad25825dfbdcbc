import type { Activity } from 'botbuilder';
import { appendActivity, type ConversationLog, type StoredConversation } from './conversationLog';
import type { RunTurn } from './inProcessTurn';
import { KeyedQueue } from './keyedQueue';
import { redactPersonalDetails } from '../../nlp/redactPersonalDetails';

export interface UserTurnSettings {
  log: ConversationLog;
  runTurn: RunTurn;
  bot: { id: string; name: string };
  /** What the person sees when the bot itself fails (from content; the turn error line). */
  failureText: () => string;
  /** Cleans an event's value before the bot sees it (e.g. keeps only known areas); default keeps nothing. */
  cleanEventValue: (name: string, value: unknown) => unknown;
}

/** Activity types Web Chat may post that the bot should see. */
const ACCEPTED_TYPES = new Set(['message', 'event']);

/** The activity exactly as the bot and the log will see it: only fields we chose, never the client's ids. */
export function inboundActivity(
  body: Record<string, unknown>,
  conversation: StoredConversation,
  settings: Pick<UserTurnSettings, 'bot' | 'cleanEventValue'>,
): Partial<Activity> | undefined {
  const type = typeof body.type === 'string' ? body.type : '';
  if (!ACCEPTED_TYPES.has(type)) return undefined;
  const clientActivityID = (body.channelData as Record<string, unknown> | undefined)?.clientActivityID;
  const activity: Partial<Activity> = {
    type,
    channelId: 'webchat',
    // Replies travel back in the HTTP response (expectReplies); this URL is never called.
    serviceUrl: 'https://directline.invalid/',
    from: { id: conversation.userId, role: 'user' } as Activity['from'],
    recipient: { id: settings.bot.id, name: settings.bot.name, role: 'bot' } as Activity['recipient'],
    locale: typeof body.locale === 'string' && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8}){0,3}$/.test(body.locale) ? body.locale : undefined,
    channelData: typeof clientActivityID === 'string' ? { clientActivityID: clientActivityID.slice(0, 100) } : {},
  };
  if (type === 'message') {
    activity.text = typeof body.text === 'string' ? body.text : '';
    activity.textFormat = 'plain';
    if (body.value !== undefined) activity.value = body.value; // suggested-action and card submits
  } else {
    activity.name = typeof body.name === 'string' ? body.name.slice(0, 100) : '';
    activity.value = settings.cleanEventValue(activity.name, body.value);
  }
  return activity;
}

/**
 * Echoes each user activity into the log at once (Web Chat marks a message "sent" only when its echo,
 * with `clientActivityID`, comes back), then runs the bot's turn in the background, one turn at a time
 * per conversation, logging each reply as it is released.
 */
export class UserTurns {
  private readonly turns = new KeyedQueue();

  constructor(private readonly settings: UserTurnSettings) {}

  /** Logs the echo and queues the turn; resolves with the echo's id, 'unknown' conversation or 'refused' activity. */
  async accept(conversationId: string, body: Record<string, unknown>): Promise<{ id: string } | 'unknown' | 'refused'> {
    const echoed = await this.settings.log.update<Partial<Activity> | 'unknown' | 'refused'>(conversationId, async (conversation) => {
      if (!conversation) return { result: 'unknown' };
      const activity = inboundActivity(body, conversation, this.settings);
      if (!activity) return { result: 'refused' };
      // The log (kept so a reload shows the chat) gets the words with personal details taken out; the bot
      // gets them as written, with the same id.
      const stored = appendActivity(conversation, typeof activity.text === 'string' ? { ...activity, text: redactPersonalDetails(activity.text) } : activity);
      return { save: conversation, result: { ...stored, text: activity.text } };
    });
    if (typeof echoed === 'string') return echoed;
    void this.turns.run(conversationId, () => this.answer(conversationId, echoed));
    return { id: echoed.id as string };
  }

  /**
   * Tells the bot a conversation began, as Azure Direct Line does (a conversationUpdate adding the bot and
   * the user). The update itself never reaches the page; any replies do.
   */
  started(conversationId: string, userId: string): void {
    const update: Partial<Activity> = {
      type: 'conversationUpdate',
      id: `${conversationId}|start`,
      channelId: 'webchat',
      serviceUrl: 'https://directline.invalid/',
      conversation: { id: conversationId } as Activity['conversation'],
      from: { id: userId, role: 'user' } as Activity['from'],
      recipient: { id: this.settings.bot.id, name: this.settings.bot.name, role: 'bot' } as Activity['recipient'],
      membersAdded: [
        { id: this.settings.bot.id, name: this.settings.bot.name, role: 'bot' },
        { id: userId, role: 'user' },
      ] as Activity['membersAdded'],
      timestamp: new Date().toISOString() as unknown as Date,
    };
    void this.turns.run(conversationId, () => this.answer(conversationId, update));
  }

  settled(): Promise<void> {
    return this.turns.settled();
  }

  private async answer(conversationId: string, echoed: Partial<Activity>): Promise<void> {
    // Every message reaches the bot, however long (the body limit bounds it): a crisis can be anywhere in it,
    // and the bot itself says kindly when it only read the first part.
    let replies: Partial<Activity>[];
    try {
      replies = await this.settings.runTurn(echoed);
    } catch (error) {
      // Never log what the person wrote; the error itself is enough to find the fault.
      console.error('Web Chat turn failed:', error instanceof Error ? error.message : 'unknown error');
      // Nobody has said anything yet on a start update, so there is nothing to apologise for.
      replies = echoed.type === 'conversationUpdate' ? [] : [{ type: 'message', text: this.settings.failureText() }];
    }
    for (const reply of replies) {
      if (reply.type === 'delay') {
        await new Promise((resolve) => setTimeout(resolve, Number(reply.value)));
        continue;
      }
      await this.logReply(conversationId, echoed, reply);
    }
  }

  private async logReply(conversationId: string, echoed: Partial<Activity>, reply: Partial<Activity>): Promise<void> {
    await this.settings.log.update(conversationId, async (conversation) => {
      if (!conversation) return { result: undefined }; // cleared while the bot was answering
      // "Delete my data": the transcript goes too; the numbering carries on so the page keeps polling.
      if ((reply.channelData as { forgetTranscript?: boolean } | undefined)?.forgetTranscript) conversation.activities = [];
      const { deliveryMode: _unused, serviceUrl: _also, ...rest } = reply;
      appendActivity(conversation, {
        ...rest,
        // Web Chat shows suggested actions only to the ids in `to`, and its own user id is not ours.
        // There is one person per conversation, so "to everyone" says the same thing.
        ...(rest.suggestedActions ? { suggestedActions: { ...rest.suggestedActions, to: [] } } : {}),
        from: { id: this.settings.bot.id, name: this.settings.bot.name, role: 'bot' } as Activity['from'],
        recipient: { id: conversation.userId, role: 'user' } as Activity['recipient'],
        // A reply to the start update points at nothing the page has, which would hold it back 5 s.
        replyToId: echoed.type === 'conversationUpdate' ? undefined : echoed.id,
      });
      return { save: conversation, result: undefined };
    });
  }
}
