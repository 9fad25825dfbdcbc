import type { TurnWriter } from '../turnWriter';

/** Agree what to talk about: the substance they named, or whatever matters most to them. */
export function focusReply(writer: TurnWriter): void {
  const lines = writer.content.steps.focus;
  writer.reflect().mayAsk(writer.facts.context.substance ? lines.askAboutSubstance : lines.ask);
}
