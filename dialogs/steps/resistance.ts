import type { TurnWriter } from '../turnWriter';

/** Rolling with sustain talk and discord: reflect, apologise if they feel pushed, stress that the choice is theirs. */
export function resistanceReply(writer: TurnWriter): void {
  const lines = writer.content.steps.resistance;
  const { before, analysis } = writer.facts;
  writer.reflect();
  if (analysis?.discord) writer.say(lines.apology);
  // Handing the choice back three times in a row stops sounding like it is meant.
  writer.sayIfFresh(lines.autonomy);
  if (before !== 'resistance') writer.mayAsk(lines.shiftFocus);
}
