import { z } from 'zod';

/** The MI kind of each bot message (shared/research/mi.md §12), so transcripts can be scored for MI fidelity. */
export const miKinds = [
  'open-question',
  'closed-question',
  'reflection-simple',
  'reflection-complex',
  'affirmation',
  'summary',
  'information',
  'signpost',
  'crisis',
] as const;

export type MiKind = (typeof miKinds)[number];

/** One thing the bot can say: variants to choose from, its MI kind, and optional suggested replies. */
export const lineSchema = z.strictObject({
  kind: z.enum(miKinds),
  say: z.array(z.string().min(1).max(600)).min(1),
  suggest: z.array(z.string().min(1).max(40)).max(11).optional(),
  /** a question that asks permission (to talk, to plan, to share information): MITI codes it Seeking Collaboration */
  seek: z.boolean().optional(),
  /** where a fact in this line comes from (a URL or shared/research file and section) */
  source: z.string().min(1).optional(),
});

export type Line = z.infer<typeof lineSchema>;
