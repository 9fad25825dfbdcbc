import type { TurnWriter } from '../turnWriter';

/** Harm-reduction information: ask first, give one short message, then ask what they make of it. */
export function informationReply(writer: TurnWriter): void {
  const { harmReduction } = writer.content;
  const { after, context } = writer.facts;
  const topic = context.topic ? harmReduction.topics[context.topic] : undefined;
  if (!topic) return;
  if (after === 'information.asking') {
    writer.reflect().say(topic.offer);
    return;
  }
  writer.say(topic.information).say(harmReduction.askBack);
}
