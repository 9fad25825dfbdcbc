import { ConversationState, type Storage, type TurnContext } from 'botbuilder';
import type { ConversationRecord } from '../dialogs/takeTurn';
import { ifAbsentETag } from './storage/createIfAbsent';

/** A stored conversation with the eTag it was read with, so a concurrent write is detected, not lost. */
export interface ReadRecord {
  record?: ConversationRecord;
  eTag?: string;
}

interface StoredItem {
  record: ConversationRecord;
  savedAt: string;
  eTag?: string;
}

/**
 * Per-conversation state in botbuilder's Storage, under ConversationState's key. Unlike
 * `ConversationState.saveChanges` (which always overwrites), writes carry the eTag they read.
 */
export class ConversationRecords {
  private readonly keys: ConversationState;

  constructor(
    readonly storage: Storage,
    private readonly retentionMs: number,
  ) {
    this.keys = new ConversationState(storage);
  }

  key(context: TurnContext): string {
    const key = this.keys.getStorageKey(context);
    if (!key) throw new Error('activity has no channel or conversation id');
    return key;
  }

  async read(context: TurnContext): Promise<ReadRecord> {
    const key = this.key(context);
    const item = (await this.storage.read([key]))[key] as StoredItem | undefined;
    if (!item?.record) return { eTag: item?.eTag };
    // State past its retention time is gone even if the purge has not run yet.
    if (Date.now() - Date.parse(item.savedAt) > this.retentionMs) return { eTag: item.eTag };
    return { record: item.record, eTag: item.eTag };
  }

  /**
   * Throws on an eTag conflict (someone else wrote this conversation since it was read). With no
   * eTag (nothing was stored) it creates only if still absent, so two first turns cannot both win.
   */
  async write(context: TurnContext, record: ConversationRecord, eTag: string | undefined): Promise<void> {
    const item: StoredItem = { record, savedAt: new Date().toISOString(), eTag: eTag ?? ifAbsentETag };
    await this.storage.write({ [this.key(context)]: item });
  }

  /** "Delete my data": this conversation's state and anything kept for the user. */
  async deleteAll(context: TurnContext): Promise<void> {
    const keys = [this.key(context)];
    const { channelId, from } = context.activity;
    if (channelId && from?.id) keys.push(`${channelId}/users/${from.id}/`);
    await this.storage.delete(keys);
  }

  /** Forgets one conversation's state by its ids (web chat's Clear conversation and Exit). */
  async deleteConversation(channelId: string, conversationId: string): Promise<void> {
    await this.storage.delete([`${channelId}/conversations/${conversationId}/`]);
  }
}

export function isETagConflict(error: unknown): boolean {
  return error instanceof Error && /etag conflict|precondition|412/i.test(error.message);
}
