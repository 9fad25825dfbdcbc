import { z } from 'zod';

const changeKinds = ['desire', 'ability', 'reasons', 'need', 'commitment', 'activation', 'taking-steps'] as const;

export const talkExampleSchema = z
  .object({
    /** a message as someone might type it */
    text: z.string().min(1),
    talk: z.enum(['change', 'sustain', 'neutral']),
    /** for change talk: which kind (DARN-CAT) */
    kind: z.enum(changeKinds).optional(),
  })
  .refine((e) => e.talk === 'change' || e.kind === undefined, { message: 'only change talk has a kind', path: ['kind'] });

export const talkExamplesFileSchema = z.object({ examples: z.array(talkExampleSchema).min(1) });

export type TalkExampleEntry = z.infer<typeof talkExampleSchema>;
export type TalkExamplesFile = z.infer<typeof talkExamplesFileSchema>;
