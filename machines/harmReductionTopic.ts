import type { MessageAnalysis } from '../nlp/messageAnalysis';
import type { ConversationContext, HarmReductionTopic } from './conversationContext';
import { harmReductionTopics } from './conversationContext';

/** Opioids and the other depressants that, taken with them, multiply overdose risk (shared/research/services.md §6). */
const opioids = new Set(['heroin', 'methadone', 'buprenorphine', 'opioids']);
const otherDepressants = new Set(['benzodiazepines', 'alcohol', 'gabapentinoids', 'ghb']);

/**
 * The harm-reduction topic this message calls for, if one has not been offered yet: what the person said now,
 * read with what they said before (gear earlier + benzos now = mixing).
 */
export function harmReductionTopicFor(analysis: MessageAnalysis, context: ConversationContext): HarmReductionTopic | null {
  const substances = new Set([...context.substancesHeard, ...analysis.substances.map((mention) => mention.substance)]);
  const signals = new Set(analysis.riskSignals);
  const mentionsNow = analysis.substances.length > 0;
  const present: Record<HarmReductionTopic, boolean> = {
    tolerance: signals.has('tolerance'),
    'strong-supply': signals.has('strongSupply'),
    mixing: mentionsNow && [...substances].some((s) => opioids.has(s)) && [...substances].some((s) => otherDepressants.has(s)),
    overdose: signals.has('overdoseHistory'),
    alone: signals.has('alone'),
    injecting: signals.has('injecting'),
  };
  return harmReductionTopics.find((topic) => present[topic] && !context.offeredTopics.includes(topic)) ?? null;
}
