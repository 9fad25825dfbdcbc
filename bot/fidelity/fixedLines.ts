import type { Content } from '../../content/loadContent';
import { lineKey } from '../../dialogs/fidelity/scoreFidelity';

/**
 * Lines that may come back word for word in one conversation without being a fault: the goodbye and the
 * "stop" reply carry the emergency numbers, and a safety line must not be reworded to look varied.
 */
export function fixedLinesOf(content: Content): (text: string) => boolean {
  const { steps, messages } = content;
  // close.afterwards: after the goodbye, each further message gets a short farewell; there are only so many ways.
  const fixed = [steps.close.goodbye, steps.close.afterwards, messages.stopped, messages.help, steps.crisis.stillUnsafe, steps.youngPerson.again];
  // "{emergency}" reads as "emergency" once punctuation is gone; it stands for whatever number was filled in.
  const templates = fixed.flatMap((line) => line.say).map((text) => new RegExp(`^${lineKey(text).replace(/\b(emergency|crisisline|youngline)\b/g, '.+')}$`));
  return (text) => templates.some((pattern) => pattern.test(lineKey(text)));
}
