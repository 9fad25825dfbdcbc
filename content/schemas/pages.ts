import { z } from 'zod';

const pageSchema = z.strictObject({
  title: z.string().min(1).max(80),
  paragraphs: z.array(z.string().min(1).max(1200)).min(1),
});

/** The bot's own pages: the privacy notice and the terms (the Teams app links to both). */
export const pagesFileSchema = z.strictObject({ privacy: pageSchema, terms: pageSchema });

export type PagesFile = z.infer<typeof pagesFileSchema>;
