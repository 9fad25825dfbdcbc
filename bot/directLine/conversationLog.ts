import type { Activity, Storage } from 'botbuilder';
import { KeyedQueue } from './keyedQueue';

/** What one Direct Line conversation keeps in storage, so a restart (with SQLite storage) loses nothing. */
export interface StoredConversation {
  conversationId: string;
  /** Random per conversation; Web Chat's own user id is ignored so bot user state is never shared. */
  userId: string;
  createdAt: string;
  /** The last sequence number handed out; watermarks and `webchat:sequence-id` are these numbers. */
  lastSequence: number;
  activities: Partial<Activity>[];
}

export interface ActivityPage {
  activities: Partial<Activity>[];
  watermark: string;
}

/** Conversations are short; older activities are dropped from storage past this many (watermarks stay valid). */
const KEPT_ACTIVITIES = 300;

/**
 * The per-conversation activity log behind `GET …/activities?watermark=`. Every change goes through
 * `update`, which runs one change at a time per conversation, so two posts cannot interleave their
 * sequence numbers (this process is the only writer).
 */
export class ConversationLog {
  private readonly changes = new KeyedQueue();

  constructor(private readonly storage: Storage) {}

  async read(conversationId: string): Promise<StoredConversation | undefined> {
    const key = storageKey(conversationId);
    const items = await this.storage.read([key]);
    return items[key] as StoredConversation | undefined;
  }

  /** Runs `change` on the stored conversation (undefined if unknown) and saves what it returns, if anything. */
  update<T>(
    conversationId: string,
    change: (conversation: StoredConversation | undefined) => Promise<{ save?: StoredConversation; result: T }>,
  ): Promise<T> {
    return this.changes.run(conversationId, async () => {
      const { save, result } = await change(await this.read(conversationId));
      if (save) {
        save.activities = save.activities.slice(-KEPT_ACTIVITIES);
        await this.storage.write({ [storageKey(conversationId)]: { ...save, eTag: '*' } });
      }
      return result;
    });
  }

  async remove(conversationId: string): Promise<void> {
    await this.changes.run(conversationId, () => this.storage.delete([storageKey(conversationId)]));
  }

  /** Resolves when every queued change has finished (for shutdown and tests). */
  settled(): Promise<void> {
    return this.changes.settled();
  }
}

/** Adds an activity with the next id, sequence number and timestamp; returns the stored copy. */
export function appendActivity(conversation: StoredConversation, activity: Partial<Activity>): Partial<Activity> {
  const sequence = conversation.lastSequence + 1;
  conversation.lastSequence = sequence;
  const stored: Partial<Activity> = {
    ...activity,
    id: `${conversation.conversationId}|${String(sequence).padStart(7, '0')}`,
    timestamp: new Date().toISOString() as unknown as Date,
    conversation: { id: conversation.conversationId } as Activity['conversation'],
    channelData: { ...(activity.channelData as object | undefined), 'webchat:sequence-id': sequence },
  };
  conversation.activities.push(stored);
  return stored;
}

/** The activities after a watermark; an absent or unreadable watermark means "from the start". */
export function activitiesAfter(conversation: StoredConversation, watermark: string | undefined): ActivityPage {
  const after = /^\d+$/.test(watermark ?? '') ? Number(watermark) : 0;
  const activities = conversation.activities.filter((activity) => sequenceOf(activity) > after);
  return { activities, watermark: String(Math.max(after, conversation.lastSequence)) };
}

function sequenceOf(activity: Partial<Activity>): number {
  return Number((activity.channelData as Record<string, unknown> | undefined)?.['webchat:sequence-id'] ?? 0);
}

export function storageKey(conversationId: string): string {
  return `directline/conversations/${conversationId}`;
}
