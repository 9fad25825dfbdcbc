import { z } from 'zod';

/**
 * A conversation script (content/conversations/*.yaml): what a person says, turn by turn, and what must
 * come back. Written by editors to pin the behaviour they care about; `npm run content:test` runs them.
 */

export const crisisKinds = ['suicide', 'overdose', 'harm', 'medical'] as const;

/** YAML reads `person: 3` as a number and `person: true` as a flag; the person typed text either way. */
const typed = z.union([z.string(), z.number(), z.boolean()]).transform(String);

/** One word or phrase, or a list of them. */
const phrases = z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((value) => (Array.isArray(value) ? value : [value]));

export const botExpectationSchema = z.strictObject({
  /** the step the conversation is in after this turn: "focus" matches "focus" and "focus.anything" */
  step: z.string().regex(/^[A-Za-z]+(\.[A-Za-z]+)*$/, 'write a step like "engage" or "discrepancy.importance"').optional(),
  /** words the replies must contain, case does not matter */
  says: phrases.optional(),
  /** words no reply may contain, case does not matter */
  never: phrases.optional(),
  /** a crisis reply of this kind was given; "none" = no crisis reply */
  crisis: z.enum([...crisisKinds, 'none'], `use one of ${[...crisisKinds, 'none'].join(', ')}`).optional(),
  /** a service was offered, by its id or its kind in content/services (matched by its name, web address or phone) */
  offers: phrases.optional(),
  /** the bot stays quiet this turn */
  silent: z.literal(true).optional(),
});

export const scriptTurnSchema = z.strictObject({
  /** what the person types; leave out on the first turn to check what the bot says when the chat opens */
  person: typed.optional(),
  bot: botExpectationSchema.optional(),
});

export const conversationScriptSchema = z
  .strictObject({
    name: z.string().min(1),
    /** opened from an outreach link (the Web Chat `webchat/join` event) instead of a plain "joined" */
    link: z.strictObject({ area: z.string().optional(), src: z.string().optional() }).optional(),
    turns: z.array(scriptTurnSchema).min(1, 'a script needs at least one turn'),
  })
  .superRefine((script, context) => {
    script.turns.forEach((turn, index) => {
      if (index > 0 && turn.person === undefined) {
        context.addIssue({ code: 'custom', path: ['turns', index, 'person'], message: 'only the first turn can leave out "person:" (it checks the opening)' });
      }
    });
  });

export type BotExpectation = z.infer<typeof botExpectationSchema>;
export type ScriptTurn = z.infer<typeof scriptTurnSchema>;
export type ConversationScript = z.infer<typeof conversationScriptSchema>;
