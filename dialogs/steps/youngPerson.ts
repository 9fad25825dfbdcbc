import type { TurnWriter } from '../turnWriter';

/** Under 16: a young people's line, and no conversation about drug use. */
export function youngPersonReply(writer: TurnWriter): void {
  const lines = writer.content.steps.youngPerson;
  writer.say(writer.facts.before === 'youngPerson' ? lines.again : lines.intro);
}
