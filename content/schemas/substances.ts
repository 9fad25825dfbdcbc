import { z } from 'zod';

export const substanceSchema = z.object({
  /** the plain name the bot uses until the person has used their own word */
  name: z.string().min(1),
  /** words and phrases people use for it, lower case; a word listed under two substances is ambiguous */
  words: z.array(z.string().min(1).regex(/^[a-z0-9' -]+$/, 'use lower-case letters, digits, spaces, hyphens')).min(1),
  /** where the street names were checked */
  source: z.string().min(1),
});

export const substancesFileSchema = z.object({
  substances: z.record(z.string().regex(/^[a-z-]+$/), substanceSchema),
});

export type Substance = z.infer<typeof substanceSchema>;
export type SubstancesFile = z.infer<typeof substancesFileSchema>;
