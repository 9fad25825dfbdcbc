import type { TurnWriter } from '../turnWriter';

/** Planning, only with their agreement: a small first step and what might get in the way. */
export function planStepReply(writer: TurnWriter): void {
  const lines = writer.content.steps.plan;
  switch (writer.facts.after) {
    case 'plan.offer':
      // A collecting summary before planning: their change talk, in their words (shared/research/mi.md §4).
      writer.reflect().summarise(lines.summary).say(lines.offer);
      return;
    case 'plan.firstStep':
      // They said yes to planning: reflect that agreement, then the one question planning needs.
      writer.reflect();
      if (!writer.hasReflected) writer.say(lines.agreed);
      writer.say(lines.firstStep);
      return;
    case 'plan.obstacles':
      // Planning is not done until they have thought about what might get in the way (mi.md §3).
      writer.reflect().say(lines.obstacles);
      return;
  }
}
