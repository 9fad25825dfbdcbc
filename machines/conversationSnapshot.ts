import { initialTransition, transition, type SnapshotFrom } from 'xstate';
import { z } from 'zod';
import type { ConversationEvent } from './conversationEvents';
import { conversationContextSchema, type ConversationInput } from './conversationContext';
import { conversationMachine, machineVersion } from './conversationMachine';

/** Runs the conversation one event at a time, as pure functions: restore → advance → persist. */

export type ConversationSnapshot = SnapshotFrom<typeof conversationMachine>;

/** What is stored per conversation: the machine's persisted snapshot, with the version that wrote it. */
export interface StoredConversation {
  machineVersion: number;
  snapshot: unknown;
}

const storedSchema = z.object({
  machineVersion: z.number(),
  snapshot: z.object({ status: z.literal('active'), value: z.unknown(), context: conversationContextSchema }).passthrough(),
});

export function startConversation(input: ConversationInput = {}): ConversationSnapshot {
  return initialTransition(conversationMachine, input)[0];
}

/**
 * The stored conversation as a live snapshot, or null when it cannot be trusted
 * (written by another machine version, a state that no longer exists, a context that does not fit):
 * the caller then starts afresh rather than crash mid-conversation.
 */
export function restoreConversation(stored: unknown): ConversationSnapshot | null {
  const parsed = storedSchema.safeParse(stored);
  if (!parsed.success || parsed.data.machineVersion !== machineVersion) return null;
  try {
    return conversationMachine.resolveState(parsed.data.snapshot as Parameters<typeof conversationMachine.resolveState>[0]);
  } catch {
    return null;
  }
}

export function advanceConversation(snapshot: ConversationSnapshot, event: ConversationEvent): ConversationSnapshot {
  return transition(conversationMachine, snapshot, event)[0];
}

export function persistConversation(snapshot: ConversationSnapshot): StoredConversation {
  return { machineVersion, snapshot: conversationMachine.getPersistedSnapshot(snapshot) };
}

/** The step as a dotted path, e.g. "discrepancy.importance". */
export function stepOf(snapshot: ConversationSnapshot): string {
  return flattenValue(snapshot.value);
}

function flattenValue(value: unknown): string {
  if (typeof value === 'string') return value;
  const [key, child] = Object.entries(value as Record<string, unknown>)[0] ?? ['', ''];
  return child === undefined || child === '' ? key : `${key}.${flattenValue(child)}`;
}
