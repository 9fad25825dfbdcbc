import type { TurnContext } from 'botbuilder';
import type { Content } from '../content/loadContent';
import { crisisReply } from '../dialogs/crisisReply';
import { ukEmergencyContacts } from '../dialogs/emergencyContacts';
import type { ReplyPlan } from '../dialogs/replyPlan';
import { takeTurn, type TurnDependencies, type TurnInput } from '../dialogs/takeTurn';
import { detectCrisis } from '../nlp/detectCrisis';
import { normalise } from '../nlp/normalise';
import { readCommand } from '../nlp/readIntent';
import { isETagConflict, type ConversationRecords } from './conversationRecords';
import type { Logger } from './logger';
import { replyActivities } from './replyActivities';

export interface ConversationTurnDeps {
  records: ConversationRecords;
  /** the current content and lexicons, or undefined when content could not be loaded */
  dependencies: () => TurnDependencies | undefined;
  logger: Logger;
}

/** Conflicting writes are retried this many times: another instance served the same conversation meanwhile. */
const conflictRetries = 3;

/**
 * How long a crisis turn waits for stored state (which knows the person's country, so the right numbers).
 * After that the compiled-in reply goes out at once and the rest of the turn carries on behind it.
 */
export const crisisReadDeadlineMs = 400;

/** Fallback wording for when content cannot be used; the crisis reply has its own. */
const fallbackTrouble = `Sorry, something went wrong on my side. Please try again in a moment. If you're in danger, call ${ukEmergencyContacts.emergency}.`;

/**
 * One turn: crisis first (before storage, NLP or content can fail), then restore → takeTurn → store → reply.
 * Replies are sent only after the state they lead to is stored, so a conflicting write can be retried safely.
 */
export async function runConversationTurn(context: TurnContext, input: TurnInput, deps: ConversationTurnDeps): Promise<void> {
  const { logger } = deps;
  const conversation = conversationIdForLogs(context);
  const text = input.kind === 'message' ? input.text : '';
  const crisis = input.kind === 'message' ? detectCrisisSafely(text, deps.dependencies) : null;
  let crisisSent = false;
  const sendCrisisFallback = async () => {
    if (!crisis || crisisSent) return;
    crisisSent = true;
    await context.sendActivities(replyActivities({ messages: crisisReply(crisis.kind, ukEmergencyContacts), suggestions: [] }, 'crisis'));
    logger.info('crisis.replied', { conversation, kind: crisis.kind, fallback: true });
  };

  const dependencies = deps.dependencies();
  if (!dependencies) {
    await sendCrisisFallback();
    if (!crisis) await sendPlan(context, troublePlan(undefined), 'unavailable');
    logger.warn('turn.content-unavailable', { conversation });
    return;
  }
  // A crisis turn starts reading at once and gives storage only a moment before the fallback goes out.
  let firstRead = crisis ? deps.records.read(context) : undefined;
  if (firstRead && !(await settlesWithin(firstRead, crisisReadDeadlineMs))) await sendCrisisFallback();

  if (input.kind === 'message' && !crisis && asksToForget(text)) {
    await forget(context, deps, dependencies.content);
    return;
  }

  for (let attempt = 0; attempt <= conflictRetries; attempt++) {
    let read;
    try {
      read = await (firstRead ?? deps.records.read(context));
    } catch (error) {
      logger.error('storage.read-failed', error, { conversation });
      await sendCrisisFallback();
      if (!crisis) await sendPlan(context, troublePlan(dependencies.content), 'unavailable');
      return;
    }
    firstRead = undefined;
    let outcome;
    try {
      // The message is read inside the turn, with the reading of the person's previous message from the record.
      outcome = takeTurn(read.record, input, dependencies, { crisisAlreadySent: crisisSent, crisis });
    } catch (error) {
      // A bug in the conversation must not silence a crisis reply.
      logger.error('turn.logic-failed', error, { conversation });
      await sendCrisisFallback();
      throw error;
    }
    try {
      await deps.records.write(context, outcome.record, read.eTag);
    } catch (error) {
      if (isETagConflict(error) && attempt < conflictRetries) {
        logger.warn('storage.conflict-retry', { conversation, attempt: attempt + 1 });
        continue;
      }
      logger.error('storage.write-failed', error, { conversation });
      // The reply still goes out when it carries a crisis reply; otherwise say there is trouble.
      if (crisis) await sendPlan(context, outcome.plan, outcome.step);
      else await sendPlan(context, troublePlan(dependencies.content), 'unavailable');
      return;
    }
    await sendPlan(context, outcome.plan, outcome.step);
    if (crisis && !crisisSent) logger.info('crisis.replied', { conversation, kind: crisis.kind, fallback: false });
    logger.info('turn.replied', { conversation, step: outcome.step, messages: outcome.plan.messages.length });
    return;
  }
}

/** "Delete my data", said as the whole message: read before the record, so deleting never waits on the conversation. */
function asksToForget(text: string): boolean {
  return readCommand(normalise(text)) === 'forget';
}

async function forget(context: TurnContext, deps: ConversationTurnDeps, content: Content): Promise<void> {
  const conversation = conversationIdForLogs(context);
  try {
    await deps.records.deleteAll(context);
    const [confirmation] = replyActivities({ messages: [{ text: content.messages.forgotten.say[0] ?? '', kind: 'information' }], suggestions: [] }, 'welcome');
    // Tells a channel that keeps a transcript (the built-in web chat) to forget it too.
    await context.sendActivity({ ...confirmation, channelData: { ...(confirmation?.channelData as object), forgetTranscript: true } });
    deps.logger.info('state.deleted-on-request', { conversation });
  } catch (error) {
    deps.logger.error('storage.delete-failed', error, { conversation });
    await sendPlan(context, troublePlan(content), 'unavailable');
  }
}

/** Whether a promise settles (either way) within `ms`; never rejects, never leaves a timer behind. */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const settled = promise.then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([settled, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

function troublePlan(content: Content | undefined): ReplyPlan {
  const line = content?.messages.storageTrouble;
  const text = (line?.say[0] ?? fallbackTrouble).replace('{emergency}', ukEmergencyContacts.emergency);
  return { messages: [{ text, kind: 'information' }], suggestions: [] };
}

async function sendPlan(context: TurnContext, plan: ReplyPlan, step: string): Promise<void> {
  if (plan.messages.length === 0) return;
  await context.sendActivities(replyActivities(plan, step));
}

function detectCrisisSafely(text: string, dependencies: () => TurnDependencies | undefined) {
  try {
    return detectCrisis(text, dependencies()?.lexicons.crisisPatterns);
  } catch {
    // Detection itself failing must not silence a crisis: fall back to the plainest check there is.
    return /suicid|kill (my ?self|me)|overdos|not breathing|end it/i.test(text) ? { kind: 'suicide' as const, pattern: 'fallback' } : null;
  }
}

/** A short, non-reversible id for log lines: enough to follow one conversation, never the person. */
function conversationIdForLogs(context: TurnContext): string {
  const id = context.activity.conversation?.id ?? '';
  let hash = 0;
  for (let i = 0; i < id.length; i++) hash = (Math.imul(hash, 31) + id.charCodeAt(i)) | 0;
  return (hash >>> 0).toString(36);
}
