import type { Activity } from 'botbuilder';
import { z } from 'zod';

/**
 * A button on an Adaptive Card can come back as a message with `value` and no `text` (a plain Action.Submit,
 * or a client that ignores `msteams.imBack`). Our cards put the answer in `answer` and `msteams.value`.
 */
const cardValueSchema = z.union([
  z.string(),
  z.object({ answer: z.string() }),
  z.object({ msteams: z.object({ value: z.string() }) }).transform((value) => ({ answer: value.msteams.value })),
]);

/** What the person said: the text they typed, or else the answer on the card button they pressed. */
export function messageText(activity: Partial<Activity>): string {
  if (typeof activity.text === 'string' && activity.text.trim() !== '') return activity.text;
  const value = cardValueSchema.safeParse(activity.value);
  if (value.success) return typeof value.data === 'string' ? value.data : value.data.answer;
  return typeof activity.text === 'string' ? activity.text : '';
}
