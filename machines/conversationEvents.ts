import type { MessageAnalysis, SupportRequest } from '../nlp/messageAnalysis';
import { returnSteps, type ConversationContext, type HarmReductionTopic, type ReturnStep } from './conversationContext';
import { harmReductionTopicFor } from './harmReductionTopic';

/** Everything that can happen to a conversation, as events the machine understands. */
export type ConversationEvent =
  /** the conversation was opened (conversationUpdate, Teams install, or a first message with no state) */
  | { type: 'STARTED' }
  /** Web Chat's `webchat/join` event: where the link came from */
  | { type: 'JOINED'; area: string | null; src: string | null; locale: string | null }
  | { type: 'MESSAGE'; analysis: MessageAnalysis }
  | { type: 'CRISIS'; analysis: MessageAnalysis }
  /** something said calls for harm-reduction information; the bot asks before giving it */
  | { type: 'RISK_HEARD'; analysis: MessageAnalysis; topic: HarmReductionTopic; from: ReturnStep }
  | { type: 'UNDER_16'; analysis: MessageAnalysis }
  /** they asked for help or a service: asking is the permission, so the services come now, from any step */
  | { type: 'SUPPORT_ASKED'; analysis: MessageAnalysis; asked: SupportRequest }
  | { type: 'STOP' }
  | { type: 'HELP' }
  | { type: 'PRIVACY' }
  /** "are you a real person?": answered honestly, and the conversation stays where it was */
  | { type: 'ARE_YOU_A_BOT' }
  | { type: 'RESTART' };

/**
 * The event a message becomes. Crisis comes first: it interrupts whatever else the message says.
 * `step` is the dotted step the conversation is in ("discrepancy.importance").
 */
export function eventForMessage(analysis: MessageAnalysis, context: ConversationContext, step: string): ConversationEvent {
  if (analysis.crisis) return { type: 'CRISIS', analysis };
  switch (analysis.command) {
    case 'stop':
      return { type: 'STOP' };
    case 'help':
      return { type: 'HELP' };
    case 'privacy':
      return { type: 'PRIVACY' };
    case 'areYouABot':
      return { type: 'ARE_YOU_A_BOT' };
    case 'restart':
      return { type: 'RESTART' };
  }
  if (analysis.underSixteen) return { type: 'UNDER_16', analysis };
  if (analysis.supportAsked) return { type: 'SUPPORT_ASKED', analysis, asked: analysis.supportAsked };
  const from = step.split('.')[0] as ReturnStep;
  // Information is offered only in the MI steps, never in the middle of a welcome, a crisis or a goodbye.
  if (returnSteps.includes(from)) {
    const topic = harmReductionTopicFor(analysis, context);
    if (topic) return { type: 'RISK_HEARD', analysis, topic, from };
  }
  return { type: 'MESSAGE', analysis };
}
