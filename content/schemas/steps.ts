import { z } from 'zod';
import { lineSchema } from './lines';

/**
 * What the bot says at each step of the conversation. Every key is required, so a missing prompt
 * is caught by `npm run content:check` before it can leave the bot with nothing to say.
 */
export const stepsFileSchema = z.strictObject({
  welcome: z.strictObject({ intro: lineSchema, privacy: lineSchema, ask: lineSchema, declined: lineSchema }),
  engage: z.strictObject({ ask: lineSchema, askAgain: lineSchema, welcomeBack: lineSchema }),
  focus: z.strictObject({ askAboutSubstance: lineSchema, ask: lineSchema }),
  empathy: z.strictObject({ ask: lineSchema }),
  discrepancy: z.strictObject({
    goodThings: lineSchema,
    lessGoodThings: lineSchema,
    importance: lineSchema,
    importanceHeard: lineSchema,
    importanceMeaning: lineSchema,
    summary: lineSchema,
    whyNotLower: lineSchema,
    whyNotLowerAtZero: lineSchema,
    roughNumber: lineSchema,
  }),
  resistance: z.strictObject({ autonomy: lineSchema, apology: lineSchema, shiftFocus: lineSchema }),
  selfEfficacy: z.strictObject({
    confidence: lineSchema,
    confidenceHeard: lineSchema,
    confidenceMeaning: lineSchema,
    whyNotLower: lineSchema,
    whyNotLowerAtZero: lineSchema,
    pastSuccess: lineSchema,
    roughNumber: lineSchema,
  }),
  plan: z.strictObject({ summary: lineSchema, offer: lineSchema, agreed: lineSchema, firstStep: lineSchema, obstacles: lineSchema, affirmStep: lineSchema }),
  signpost: z.strictObject({
    offer: lineSchema,
    narcoticsAnonymous: lineSchema,
    servicesIntro: lineSchema,
    servicesNearby: lineSchema,
    askPlace: lineSchema,
    declined: lineSchema,
    /** the person asked for help or a meeting themselves */
    asked: lineSchema,
    /** the person asked for a kind of service (a detox, needles, naloxone…): the list that answers it */
    askedIntro: lineSchema,
    askedNearby: lineSchema,
    /** …and none of the services known here is of that kind */
    askedNotListed: lineSchema,
  }),
  someoneElse: z.strictObject({ intro: lineSchema, offer: lineSchema, listen: lineSchema }),
  close: z.strictObject({ summary: lineSchema, summaryWithoutWords: lineSchema, afterwards: lineSchema, goodbye: lineSchema }),
  youngPerson: z.strictObject({ intro: lineSchema, again: lineSchema }),
  crisis: z.strictObject({ safeNow: lineSchema, carryOn: lineSchema, stillUnsafe: lineSchema }),
});

export type StepsFile = z.infer<typeof stepsFileSchema>;
