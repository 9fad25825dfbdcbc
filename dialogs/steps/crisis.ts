import { crisisReply } from '../crisisReply';
import type { TurnWriter } from '../turnWriter';

/** The crisis reply, and after it: are they safe now? */
export function crisisStepReply(writer: TurnWriter, options: { crisisAlreadySent: boolean }): void {
  const { event, after } = writer.facts;
  if (event.type === 'CRISIS') {
    if (!options.crisisAlreadySent) for (const message of crisisReply(event.analysis.crisis?.kind ?? 'suicide', writer.contacts)) writer.add(message);
    return;
  }
  const lines = writer.content.steps.crisis;
  writer.say(after === 'crisis' ? lines.stillUnsafe : lines.safeNow);
}
