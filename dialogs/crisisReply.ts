import type { CrisisKind } from '../nlp/messageAnalysis';
import type { CallableNumber, EmergencyContacts } from './emergencyContacts';
import type { PlannedMessage, ServiceCard } from './replyPlan';

/**
 * The crisis reply, compiled in: it must work when storage, the rest of the NLP and every content file
 * have failed. Direct and calm, with the emergency number first (shared/research/services.md §7). Each number
 * named also comes as a call button, for channels that show cards; the text alone still says everything.
 */
export function crisisReply(kind: CrisisKind, contacts: EmergencyContacts): PlannedMessage[] {
  const crisis = (text: string, calls: CallableNumber[] = []): PlannedMessage => ({ text, kind: 'crisis', ...(calls.length > 0 ? { card: calls.map(callCard) } : {}) });
  const { dial } = contacts;
  switch (kind) {
    case 'overdose':
      return [
        crisis(`Call ${contacts.emergency} now and ask for an ambulance.`, [dial.emergency]),
        crisis(
          'If you have naloxone, give it now. If they are breathing, put them on their side in the recovery position. ' +
            'Stay with them: naloxone wears off and the overdose can come back. Tell the paramedics what was taken.',
        ),
      ];
    case 'suicide':
      return [
        crisis("I'm really glad you told me. That sounds so hard, and you don't have to deal with it on your own."),
        crisis(`You can talk to ${contacts.crisisLine}. If you're in danger right now, call ${contacts.emergency}.`, [...dial.crisisLines, dial.emergency]),
        crisis('Are you safe right now?'),
      ];
    case 'harm':
      return [
        crisis(`If someone is in danger right now, call ${contacts.emergency}.`, [dial.emergency]),
        ...(contacts.abuseLine ? [crisis(`If it's abuse at home or a child at risk, you can call ${contacts.abuseLine}.`, dial.abuseLines)] : []),
      ];
    case 'medical':
      return [
        crisis(`This could be a medical emergency. Call ${contacts.emergency} now and ask for an ambulance.`, [dial.emergency]),
        crisis('Stay with them, or somewhere you can be reached, and tell the paramedics what was taken.'),
      ];
  }
}

function callCard(number: CallableNumber): ServiceCard {
  return { title: number.name, text: number.note ?? '', phone: number.phone };
}
