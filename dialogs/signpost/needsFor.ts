import type { ConversationContext } from '../../machines/conversationContext';
import type { SupportRequest } from '../../nlp/messageAnalysis';
import type { Need } from './chooseServices';

/** The kind of service that answers what they asked for; "general" asks for no kind in particular. */
export const needForRequest: Record<SupportRequest, Need | null> = {
  naloxone: 'naloxone',
  needles: 'needle-exchange',
  testing: 'bbv-testing',
  meeting: 'mutual-aid',
  treatment: 'drug-service',
  housing: 'housing',
  family: 'family-support',
  someone: 'information',
  general: null,
};

const opioids = new Set(['heroin', 'methadone', 'buprenorphine', 'opioids']);

/** What the person asked for and talked about, as the kinds of help that fit it (naloxone after opioid or overdose talk, and so on). */
export function needsFor(context: ConversationContext): Need[] {
  const needs: Need[] = [];
  const add = (need: Need, when: boolean) => {
    if (when && !needs.includes(need)) needs.push(need);
  };
  const signals = new Set(context.signalsHeard);
  const topics = new Set(context.topicsHeard);
  // Someone writing about another person's use needs support for themselves first.
  add('family-support', context.whoseUse === 'someone-else');
  // What they asked for comes first, latest first: their words count more than what the bot inferred.
  for (const asked of [...context.asked].reverse()) {
    const need = needForRequest[asked];
    if (need) add(need, true);
  }
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
