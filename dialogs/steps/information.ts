import type { TurnWriter } from '../turnWriter';

/** Harm-reduction information: ask first, give one short message, then ask what they make of it. */
export function informationReply(writer: TurnWriter): void {
  const { harmReduction } = writer.content;
  const { after, context } = writer.facts;
  const topic = context.topic ? harmReduction.topics[context.topic] : undefined;
  if (!topic) return;
  if (after === 'information.asking') {
    writer.reflect().askPermission(topic.offer);
    return;
  }
  // A maybe ("dunno") is taken as a yes, so they hear that it can be stopped before the information comes.
  if (writer.facts.analysis?.answer === 'unsure') writer.say(harmReduction.unsure);
  writer.say(topic.information).mayAsk(harmReduction.askBack);
}
