import type { Content } from '../content/loadContent';
import type { ConversationEvent } from '../machines/conversationEvents';
import { eventForMessage } from '../machines/conversationEvents';
import {
  advanceConversation,
  persistConversation,
  restoreConversation,
  startConversation,
  stepOf,
  type StoredConversation,
} from '../machines/conversationSnapshot';
import { analyseMessage, type NlpLexicons } from '../nlp/analyseMessage';
import type { ReflectionTemplates } from '../nlp/chooseReflection';
import { detectCrisis } from '../nlp/detectCrisis';
import type { CrisisSignal, MessageAnalysis } from '../nlp/messageAnalysis';
import type { TalkContext } from '../nlp/talkFeatures';
import { emptyMemory, type DialogMemory } from './conversationMemory';
import { contactsFor } from './emergencyContacts';
import type { ReplyPlan } from './replyPlan';
import { writeReply } from './writeReply';

/** What is stored per conversation between turns. */
export interface ConversationRecord {
  conversation: StoredConversation;
  memory: DialogMemory;
}

export type TurnInput =
  | { kind: 'started' }
  | { kind: 'joined'; area: string | null; src: string | null; locale: string | null }
  | { kind: 'message'; text: string };

export interface TurnDependencies {
  content: Content;
  lexicons: NlpLexicons;
  /** complex reflection templates (content/reflections.yaml) */
  reflections: ReflectionTemplates;
  /** how long conversation state is kept, as the welcome tells people */
  retentionDays: number;
}

export interface TurnOutcome {
  plan: ReplyPlan;
  record: ConversationRecord;
  /** the step after this turn, for channelData.mi.step */
  step: string;
  analysis: MessageAnalysis | null;
}

/** Longest message the NLP reads in full; crisis detection always reads the whole message first. */
export const analysedLength = 1000;

/**
 * What the NLP reads in a message: crisis from the whole message (or as the caller already found it), the rest
 * from its first `analysedLength` characters.
 */
export function readMessage(text: string, lexicons: NlpLexicons, crisis?: CrisisSignal | null, talkContext?: TalkContext): MessageAnalysis {
  const known = crisis !== undefined ? crisis : detectCrisis(text, lexicons.crisisPatterns);
  return analyseMessage(text.slice(0, analysedLength), lexicons, talkContext, known);
}

/**
 * One turn of the conversation, with no I/O: read the message → move the machine → write the reply.
 * The bot restores the record before and stores the returned one after.
 */
export function takeTurn(
  record: ConversationRecord | undefined,
  input: TurnInput,
  dependencies: TurnDependencies,
  options: {
    crisisAlreadySent?: boolean;
    now?: Date;
    /** crisis detection the caller already ran on the whole message, so it is not run twice */
    crisis?: CrisisSignal | null;
  } = {},
): TurnOutcome {
  const { content } = dependencies;
  const before = (record && restoreConversation(record.conversation)) || startConversation();
  const memory = record?.memory ?? emptyMemory();

  let analysis: MessageAnalysis | null = null;
  let event: ConversationEvent;
  const preface: ReplyPlan['messages'] = [];
  if (input.kind === 'message') {
    // What was read from the person's previous message ('none' before their first) helps read this one; the bot's
    // own last line is not stored. Records from before lastTalk existed give nothing after the first message.
    const previousTalk: TalkContext['previousTalk'] = memory.lastTalk ?? (before.context.turns === 0 ? 'none' : undefined);
    analysis = readMessage(input.text, dependencies.lexicons, options.crisis, previousTalk ? { previousTalk } : undefined);
    if (input.text.length > analysedLength) preface.push({ text: content.messages.tooLong.say[0] ?? '', kind: 'information' });
    if (analysis.empty && before.context.welcomed) {
      // Nothing readable: say so kindly and leave the conversation where it was.
      const unreadable = content.messages.unreadable;
      const text = unreadable.say[before.context.turns % unreadable.say.length] ?? '';
      return { plan: { messages: [{ text, kind: unreadable.kind }], suggestions: [] }, record: record ?? { conversation: persistConversation(before), memory }, step: stepOf(before), analysis };
    }
    event = eventForMessage(analysis, before.context, stepOf(before));
  } else if (input.kind === 'joined') {
    event = { type: 'JOINED', area: input.area, src: input.src, locale: input.locale };
  } else {
    event = { type: 'STARTED' };
  }

  const welcomeDue = !before.context.welcomed && event.type !== 'CRISIS';
  let after = advanceConversation(before, event);
  if (welcomeDue && !after.context.welcomed) after = advanceConversation(after, { type: 'STARTED' });

  const now = options.now ?? new Date();
  const written = writeReply(
    { event, before: stepOf(before), after: stepOf(after), context: after.context, analysis, now },
    { content, contacts: contactsFor(content.services, after.context.area, now), retentionDays: dependencies.retentionDays, memory, reflections: dependencies.reflections, crisisAlreadySent: options.crisisAlreadySent ?? false, welcomeDue },
  );
  const plan = { ...written.plan, messages: [...preface, ...written.plan.messages] };
  const { lastTalk: _previousTalk, ...rest } = written.memory;
  const nextMemory: DialogMemory = analysis && event.type !== 'RESTART' ? { ...rest, lastTalk: analysis.talk } : rest;
  return { plan, record: { conversation: persistConversation(after), memory: nextMemory }, step: stepOf(after), analysis };
}
