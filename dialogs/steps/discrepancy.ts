import { lowerThan, rulerWords, type TurnWriter } from '../turnWriter';

/** Good and less good things about using, then how important a change is and why it is not lower. */
export function discrepancyReply(writer: TurnWriter): void {
  const lines = writer.content.steps.discrepancy;
  const { after, before, context, analysis } = writer.facts;
  switch (after) {
    // Not asked for what they have just told: "what does it do for you?" after "it helps me forget stuff", or "what
    // are the less good things?" after "my kids don't see me". The reflection alone invites more.
    case 'discrepancy.goodThings':
      writer.reflect();
      if (analysis?.talk !== 'sustain') writer.mayAsk(lines.goodThings);
      return;
    case 'discrepancy.lessGoodThings':
      writer.reflect();
      if (analysis?.talk !== 'change') writer.mayAsk(lines.lessGoodThings);
      return;
    case 'discrepancy.importance':
      // The ruler is always asked: the conversation waits for a number.
      // Asked again after something that was not a number: hear what they did say first, then the ruler again.
      if (before === after) writer.reflect().say(lines.roughNumber);
      else writer.reflect().summarise(lines.summary).say(lines.importance);
      return;
    case 'discrepancy.whyNotLower': {
      const ruler = context.importance ?? 0;
      const variables = { ruler: rulerWords(ruler), lower: lowerThan(ruler) };
      if (ruler === 0) writer.say(lines.whyNotLowerAtZero);
      // "Why not lower?" as a question when there is room for one, else as a reflection that invites the reasons.
      else if (writer.affordsQuestion(true)) writer.say(lines.importanceHeard, variables).say(lines.whyNotLower, variables);
      else writer.say(lines.importanceMeaning, variables);
      return;
    }
  }
}
