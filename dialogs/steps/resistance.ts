import type { TurnWriter } from '../turnWriter';

/** Turns within which handing the choice back is not said again: said every turn, it stops sounding meant. */
export const autonomyGap = 2;

/** Rolling with discord: reflect, apologise because they feel pushed, stress that the choice is theirs. */
export function resistanceReply(writer: TurnWriter): void {
  const lines = writer.content.steps.resistance;
  const { before, analysis } = writer.facts;
  writer.reflect();
  if (analysis?.discord) writer.say(lines.apology);
  writer.sayIfFresh(lines.autonomy, {}, autonomyGap);
  if (before !== 'resistance') writer.mayAsk(lines.shiftFocus);
}
