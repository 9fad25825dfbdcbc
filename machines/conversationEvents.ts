import type { MessageAnalysis } from '../nlp/messageAnalysis';

/** Everything that can happen to a conversation, as events the machine understands. */
export type ConversationEvent =
  /** the conversation was opened (conversationUpdate, Teams install, or a first message with no state) */
  | { type: 'STARTED' }
  /** Web Chat's `webchat/join` event: where the link came from */
  | { type: 'JOINED'; area: string | null; src: string | null; locale: string | null }
  | { type: 'MESSAGE'; analysis: MessageAnalysis }
  | { type: 'CRISIS'; analysis: MessageAnalysis }
  | { type: 'STOP' }
  | { type: 'HELP' }
  | { type: 'RESTART' };

/** The event a message becomes. Crisis comes first: it interrupts whatever else the message says. */
export function eventForMessage(analysis: MessageAnalysis): ConversationEvent {
  if (analysis.crisis) return { type: 'CRISIS', analysis };
  switch (analysis.command) {
    case 'stop':
      return { type: 'STOP' };
    case 'help':
      return { type: 'HELP' };
    case 'restart':
      return { type: 'RESTART' };
    default:
      return { type: 'MESSAGE', analysis };
  }
}
