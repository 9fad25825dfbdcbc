import type { ConversationContext } from '../../machines/conversationContext';
import type { Need } from './chooseServices';

const opioids = new Set(['heroin', 'methadone', 'buprenorphine', 'opioids']);

/** What the person talked about, as the kinds of help that fit it (naloxone after opioid or overdose talk, and so on). */
export function needsFor(context: ConversationContext): Need[] {
  const needs: Need[] = [];
  const add = (need: Need, when: boolean) => {
    if (when && !needs.includes(need)) needs.push(need);
  };
  const signals = new Set(context.signalsHeard);
  const topics = new Set(context.topicsHeard);
  add('drug-service', context.momentum > 0 || context.changeStatements.length > 0 || context.mobilising);
  add('naloxone', signals.has('overdoseHistory') || signals.has('strongSupply') || context.substancesHeard.some((s) => opioids.has(s)));
  add('needle-exchange', signals.has('injecting'));
  add('bbv-testing', signals.has('injecting'));
  add('family-support', topics.has('family') || topics.has('children'));
  add('housing', topics.has('housing'));
  add('legal', topics.has('law'));
  add('drug-service', true);
  return needs;
}
