import { lowerThan, rulerWords, type TurnWriter } from '../turnWriter';

/** Confidence ruler, why not lower, and what helped before. */
export function selfEfficacyReply(writer: TurnWriter): void {
  const lines = writer.content.steps.selfEfficacy;
  const { after, before, context } = writer.facts;
  switch (after) {
    case 'selfEfficacy.confidence':
      // The ruler is always asked: the conversation waits for a number.
      // Asked again after something that was not a number: hear what they did say first, then the ruler again.
      if (before === after) writer.reflect().say(lines.roughNumber);
      else writer.reflect().say(lines.confidence);
      return;
    case 'selfEfficacy.whyNotLower': {
      const ruler = context.confidence ?? 0;
      const variables = { ruler: rulerWords(ruler), lower: lowerThan(ruler) };
      if (ruler === 0) writer.say(lines.whyNotLowerAtZero);
      else if (writer.affordsQuestion(true)) writer.say(lines.confidenceHeard, variables).say(lines.whyNotLower, variables);
      else writer.say(lines.confidenceMeaning, variables);
      return;
    }
    case 'selfEfficacy.pastSuccess':
      writer.reflect().mayAsk(lines.pastSuccess);
      return;
  }
}
