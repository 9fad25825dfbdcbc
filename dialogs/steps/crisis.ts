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
  if (after === 'crisis') writer.say(lines.stillUnsafe);
  // Only a clear yes to "are you safe?" is met with relief; anything else, a calm open door.
  else writer.say(writer.facts.analysis?.answer === 'yes' ? lines.safeNow : lines.carryOn);
}
