import type { TurnWriter } from '../turnWriter';

/** Open questions and reflections, to find out whether and how we can work together. */
export function engageReply(writer: TurnWriter): void {
  const lines = writer.content.steps.engage;
  const { before } = writer.facts;
  if (before === 'close') {
    writer.say(lines.welcomeBack);
    return;
  }
  writer.reflect().say(before === 'engage' ? lines.askAgain : lines.ask);
}
