import { createActor, type ActorScope, type SnapshotFrom } from 'xstate';
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

/**
 * xstate's `transition()` and `initialTransition()` build a throwaway actor (which runs the machine's first step)
 * on every call: about 40% of each transition. This machine only assigns to its context: it spawns, invokes and
 * schedules nothing and has no side effects, so nothing is ever left in a scope and one inert scope serves every
 * call. The tests check that it starts and moves exactly as those functions do.
 */
const inertScope: ActorScope<ConversationSnapshot, ConversationEvent> = (() => {
  const self = createActor(conversationMachine, { input: {} });
  return {
    self,
    id: '',
    sessionId: '',
    logger: () => {},
    defer: () => {},
    emit: () => {},
    system: self.system,
    stopChild: () => {},
    actionExecutor: () => {},
  };
})();

export function startConversation(input: ConversationInput = {}): ConversationSnapshot {
  return conversationMachine.getInitialSnapshot(inertScope, input);
}

export function advanceConversation(snapshot: ConversationSnapshot, event: ConversationEvent): ConversationSnapshot {
  return conversationMachine.transition(snapshot, event, inertScope);
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
