import { z } from 'zod';

/** A phrase list: lower-case words or phrases matched as whole words in what the person typed. */
const phrase = z.string().min(1).regex(/^[a-z0-9' ]+$/, 'use lower-case letters, digits, spaces');

export const feelingSchema = z.object({
  /** how a reflection names the feeling: "you're feeling {feeling}" */
  name: z.string().min(1),
  /** words that show the person feels it; a negated word ("not scared") does not count */
  words: z.array(phrase).min(1),
});

export const feelingsFileSchema = z.object({
  feelings: z.record(z.enum(['low', 'angry', 'scared', 'ashamed', 'lonely', 'tired', 'stressed', 'hopeful', 'proud']), feelingSchema),
});

export const topicSchema = z.object({
  /** how a reflection names the life area: "{topic} really matters" */
  name: z.string().min(1),
  words: z.array(phrase).min(1),
});

export const topicsFileSchema = z.object({
  topics: z.record(z.enum(['family', 'health', 'money', 'work', 'housing', 'law', 'friends']), topicSchema),
});

export type FeelingsFile = z.infer<typeof feelingsFileSchema>;
export type TopicsFile = z.infer<typeof topicsFileSchema>;
