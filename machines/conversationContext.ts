import { z } from 'zod';
import { supportRequests } from '../nlp/messageAnalysis';

/** Steps a detour (rolling with discord, harm-reduction information) can return to. */
export const returnSteps = ['engage', 'focus', 'empathy', 'discrepancy', 'selfEfficacy', 'plan'] as const;
export type ReturnStep = (typeof returnSteps)[number];

/** Harm-reduction information the bot can offer, with permission, most urgent first. */
export const harmReductionTopics = ['tolerance', 'strong-supply', 'mixing', 'overdose', 'alone', 'injecting'] as const;
export type HarmReductionTopic = (typeof harmReductionTopics)[number];

/** What the conversation has learnt. A zod schema, so a stored snapshot is checked before it is trusted. */
export const conversationContextSchema = z.object({
  area: z.string().nullable(),
  src: z.string().nullable(),
  locale: z.string().nullable(),
  welcomed: z.boolean(),
  /** said they are under 16: the conversation does not go into drug use */
  under16: z.boolean(),
  /** canonical substance id and the person's own word for it */
  substance: z.string().nullable(),
  substanceWord: z.string().nullable(),
  /** every substance, topic and risk signal heard, to choose services and information that fit */
  substancesHeard: z.array(z.string()).max(20),
  topicsHeard: z.array(z.string()).max(20),
  signalsHeard: z.array(z.string()).max(10),
  /** change talk minus sustain talk, kept between -3 and 3: where the conversation is leaning */
  momentum: z.number().min(-3).max(3),
  /** heard commitment, activation or taking steps: mobilising change talk */
  mobilising: z.boolean(),
  /** messages answered since entering the current step */
  stepTurns: z.number().int().min(0),
  resistanceTurns: z.number().int().min(0),
  returnTo: z.enum(returnSteps).nullable(),
  /** harm-reduction information already offered (each is offered once), and the one being offered now */
  offeredTopics: z.array(z.enum(harmReductionTopics)),
  topic: z.enum(harmReductionTopics).nullable(),
  importance: z.number().min(0).max(10).nullable(),
  confidence: z.number().min(0).max(10).nullable(),
  /** whose use the conversation is about: their own, or (a parent, partner or friend writing) someone else's */
  whoseUse: z.enum(['own', 'someone-else']).nullable().default(null),
  /** help or services the person asked for, latest last, so the services shown fit what they asked */
  asked: z.array(z.enum(supportRequests)).max(5).default([]),
  /** the person's change talk, turned round and redacted, for the closing summary (at most three) */
  changeStatements: z.array(z.string()).max(3),
  turns: z.number().int().min(0),
});

export type ConversationContext = z.infer<typeof conversationContextSchema>;

export interface ConversationInput {
  area?: string | null;
  src?: string | null;
  locale?: string | null;
}

export function initialContext(input: ConversationInput): ConversationContext {
  return {
    area: input.area ?? null,
    src: input.src ?? null,
    locale: input.locale ?? null,
    welcomed: false,
    under16: false,
    substance: null,
    substanceWord: null,
    substancesHeard: [],
    topicsHeard: [],
    signalsHeard: [],
    momentum: 0,
    mobilising: false,
    stepTurns: 0,
    resistanceTurns: 0,
    returnTo: null,
    offeredTopics: [],
    topic: null,
    importance: null,
    confidence: null,
    whoseUse: null,
    asked: [],
    changeStatements: [],
    turns: 0,
  };
}
