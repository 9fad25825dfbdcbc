import type { TurnWriter } from '../turnWriter';

/** Open questions and reflections, to find out whether and how we can work together. */
export function engageReply(writer: TurnWriter): void {
  const lines = writer.content.steps.engage;
  const { before } = writer.facts;
  if (before === 'close') {
    writer.say(lines.welcomeBack);
    return;
  }
  // The first question thanks them for coming; coming back from a detour it just asks again.
  writer.reflect().say(before === 'welcome' ? lines.ask : lines.askAgain);
}
