import { z } from 'zod';
import { lineSchema } from './lines';

/** Each topic: a permission question, then the information, which must say where it comes from. */
const topicSchema = z.strictObject({
  offer: lineSchema,
  information: lineSchema.refine((line) => line.source !== undefined, { message: 'information needs a source', path: ['source'] }),
});

/** Every topic the conversation can offer is required, so none is left with nothing to say. */
export const harmReductionFileSchema = z.strictObject({
  topics: z.strictObject({
    tolerance: topicSchema,
    'strong-supply': topicSchema,
    mixing: topicSchema,
    overdose: topicSchema,
    alone: topicSchema,
    injecting: topicSchema,
  }),
  askBack: lineSchema,
  declined: lineSchema,
  /** said before the information when the answer to "can I share…" was only a maybe ("dunno", "not sure") */
  unsure: lineSchema,
});

export type HarmReductionFile = z.infer<typeof harmReductionFileSchema>;
