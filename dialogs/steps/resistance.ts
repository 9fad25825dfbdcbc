import type { TurnWriter } from '../turnWriter';

/** Rolling with sustain talk and discord: reflect or apologise, stress that the choice is theirs, shift focus. */
export function resistanceReply(writer: TurnWriter): void {
  const lines = writer.content.steps.resistance;
  const { before, analysis } = writer.facts;
  if (analysis?.discord) writer.say(lines.apology);
  else writer.reflect();
  writer.say(lines.autonomy);
  if (before !== 'resistance') writer.say(lines.shiftFocus);
}
