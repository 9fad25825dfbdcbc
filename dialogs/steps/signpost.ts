import type { TurnWriter } from '../turnWriter';

/** Narcotics Anonymous and services, offered with permission, never pushed. */
export function signpostReply(writer: TurnWriter): void {
  const lines = writer.content.steps.signpost;
  const { after, before } = writer.facts;
  if (after === 'signpost.given') {
    writer.say(lines.narcoticsAnonymous).say(lines.services);
    return;
  }
  writer.reflect();
  if (before === 'plan.obstacles') writer.say(writer.content.steps.plan.affirmStep);
  if (before === 'resistance') writer.say(writer.content.steps.resistance.autonomy);
  writer.say(lines.offer);
}
