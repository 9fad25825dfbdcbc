import { retentionWords } from '../content/retentionWords';
import type { Content } from '../content/loadContent';
import type { ReflectionTemplates } from '../nlp/chooseReflection';
import type { DialogMemory } from './conversationMemory';
import type { EmergencyContacts } from './emergencyContacts';
import type { ReplyPlan } from './replyPlan';
import { closeReply } from './steps/close';
import { crisisStepReply } from './steps/crisis';
import { discrepancyReply } from './steps/discrepancy';
import { empathyReply } from './steps/empathy';
import { engageReply } from './steps/engage';
import { focusReply } from './steps/focus';
import { informationReply } from './steps/information';
import { planStepReply } from './steps/plan';
import { resistanceReply } from './steps/resistance';
import { selfEfficacyReply } from './steps/selfEfficacy';
import { signpostReply } from './steps/signpost';
import { someoneElseReply } from './steps/someoneElse';
import { welcomeReply } from './steps/welcome';
import { youngPersonReply } from './steps/youngPerson';
import { TurnWriter, type TurnFacts } from './turnWriter';

export interface WriteReplyOptions {
  content: Content;
  contacts: EmergencyContacts;
  retentionDays: number;
  memory: DialogMemory;
  /** reflection templates (content/reflections.yaml, loaded by nlp/loadNlpLexicons) */
  reflections?: ReflectionTemplates;
  /** the bot already sent the crisis reply before touching state, so it is not repeated */
  crisisAlreadySent?: boolean;
  /** the welcome has not been shown before this turn */
  welcomeDue: boolean;
}

const stepReplies: Record<string, (writer: TurnWriter) => void> = {
  welcome: welcomeReply,
  engage: engageReply,
  focus: focusReply,
  empathy: empathyReply,
  discrepancy: discrepancyReply,
  resistance: resistanceReply,
  selfEfficacy: selfEfficacyReply,
  plan: planStepReply,
  signpost: signpostReply,
  someoneElse: someoneElseReply,
  close: closeReply,
  information: informationReply,
  youngPerson: youngPersonReply,
};

/** The reply plan for one turn: what happened (the event and the step it led to) → what the bot says. */
export function writeReply(facts: TurnFacts, options: WriteReplyOptions): { plan: ReplyPlan; memory: DialogMemory } {
  const writer = new TurnWriter(facts, options.content, options.contacts, options.memory, { retentionDays: retentionWords(options.retentionDays) }, options.reflections);
  const { messages } = options.content;
  const step = facts.after.split('.')[0] ?? facts.after;
  switch (facts.event.type) {
    case 'STARTED':
    case 'JOINED':
      if (options.welcomeDue) welcomeReply(writer);
      break;
    case 'HELP':
      writer.say(messages.help);
      break;
    case 'PRIVACY':
      writer.say(messages.privacy);
      break;
    case 'ARE_YOU_A_BOT':
      writer.say(messages.areYouABot);
      break;
    case 'STOP':
      closeReply(writer);
      break;
    case 'RESTART':
      writer.say(messages.restarted);
      welcomeReply(writer);
      break;
    case 'CRISIS':
      crisisStepReply(writer, { crisisAlreadySent: options.crisisAlreadySent ?? false });
      break;
    case 'UNDER_16':
      youngPersonReply(writer);
      break;
    case 'RISK_HEARD':
      informationReply(writer);
      break;
    case 'SUPPORT_ASKED':
      // A first message that asks for help still gets who the bot is (a bot, anonymous, not for emergencies).
      if (options.welcomeDue) writer.say(options.content.steps.welcome.intro).say(options.content.steps.welcome.privacy);
      stepReplies[step]?.(writer);
      break;
    case 'MESSAGE':
      if (options.welcomeDue) welcomeReply(writer);
      else if (facts.before === 'crisis' && step !== 'youngPerson') crisisStepReply(writer, { crisisAlreadySent: false });
      else {
        // They said no to the information: fine, and back to where we were. Something else said in reply ("cant sleep
        // without") was not a no, and "No problem." would answer a question they did not answer.
        if (facts.before === 'information.asking' && step !== 'information' && facts.analysis?.answer === 'no') writer.say(options.content.harmReduction.declined);
        stepReplies[step]?.(writer);
      }
      break;
  }
  return writer.plan();
}
