import { lowerThan, rulerWords, type TurnWriter } from '../turnWriter';

/** Good and less good things about using, then how important a change is and why it is not lower. */
export function discrepancyReply(writer: TurnWriter): void {
  const lines = writer.content.steps.discrepancy;
  const { after, before, context } = writer.facts;
  switch (after) {
    case 'discrepancy.goodThings':
      writer.reflect().say(lines.goodThings);
      return;
    case 'discrepancy.lessGoodThings':
      writer.reflect().say(lines.lessGoodThings);
      return;
    case 'discrepancy.importance':
      if (before === after) writer.say(lines.roughNumber);
      else writer.reflect().say(lines.importance);
      return;
    case 'discrepancy.whyNotLower': {
      const ruler = context.importance ?? 0;
      const variables = { ruler: rulerWords(ruler), lower: lowerThan(ruler) };
      if (ruler === 0) writer.say(lines.whyNotLowerAtZero);
      else writer.say(lines.importanceHeard, variables).say(lines.whyNotLower, variables);
      return;
    }
  }
}
