import type { TurnWriter } from '../turnWriter';

/** A short summary in their own words, and an open door to come back. */
export function closeReply(writer: TurnWriter): void {
  const { steps, messages } = writer.content;
  const { before, event, context } = writer.facts;
  if (event.type === 'STOP') {
    writer.say(messages.stopped);
    return;
  }
  if (before === 'welcome') {
    writer.say(steps.welcome.declined);
    return;
  }
  if (before === 'close') {
    // Something said after the goodbye ("ring someone") is heard before the goodbye is said again.
    writer.reflect().say(steps.close.afterwards);
    return;
  }
  if (before === 'signpost.offer') writer.say(steps.signpost.declined);
  writer.reflect();
  if (context.changeStatements.length > 0) writer.summarise(steps.close.summary);
  if (!writer.summarised) writer.say(steps.close.summaryWithoutWords);
  writer.say(steps.close.goodbye);
}
