import { assign, setup } from 'xstate';
import { z } from 'zod';
import type { MessageAnalysis } from '../nlp/messageAnalysis';
import type { ConversationEvent } from './conversationEvents';


export const returnSteps = ['focus', 'empathy', 'discrepancy', 'selfEfficacy', 'plan'] as const;

/** What the conversation has learnt. A zod schema, so a stored snapshot is checked before it is trusted. */
export const conversationContextSchema = z.object({
  area: z.string().nullable(),
  src: z.string().nullable(),
  locale: z.string().nullable(),
  welcomed: z.boolean(),
  /** canonical substance id and the person's own word for it */
  substance: z.string().nullable(),
  substanceWord: z.string().nullable(),
  /** change talk minus sustain talk, kept between -3 and 3: where the conversation is leaning */
  momentum: z.number().min(-3).max(3),
  /** heard commitment, activation or taking steps: mobilising change talk */
  mobilising: z.boolean(),
  /** messages answered since entering the current step */
  stepTurns: z.number().int().min(0),
  resistanceTurns: z.number().int().min(0),
  returnTo: z.enum(returnSteps).nullable(),
  importance: z.number().min(0).max(10).nullable(),
  confidence: z.number().min(0).max(10).nullable(),
  /** the person's change talk, turned round, for the closing summary (at most three) */
  changeStatements: z.array(z.string()).max(3),
  turns: z.number().int().min(0),
});

export type ConversationContext = z.infer<typeof conversationContextSchema>;

/** Steps a sustain-talk or discord detour can return to. */
export type ReturnStep = (typeof returnSteps)[number];

export interface ConversationInput {
  area?: string | null;
  src?: string | null;
  locale?: string | null;
}

export const machineVersion = 1;

const maxChangeStatements = 3;

function analysisOf(event: ConversationEvent): MessageAnalysis | null {
  return event.type === 'MESSAGE' || event.type === 'CRISIS' ? event.analysis : null;
}

function pushesBack(context: ConversationContext, analysis: MessageAnalysis | null): boolean {
  if (!analysis) return false;
  return analysis.discord || (analysis.talk === 'sustain' && context.momentum <= 0);
}

function initialContext(input: ConversationInput): ConversationContext {
  return {
    area: input.area ?? null,
    src: input.src ?? null,
    locale: input.locale ?? null,
    welcomed: false,
    substance: null,
    substanceWord: null,
    momentum: 0,
    mobilising: false,
    stepTurns: 0,
    resistanceTurns: 0,
    returnTo: null,
    importance: null,
    confidence: null,
    changeStatements: [],
    turns: 0,
  };
}

export const conversationMachine = setup({
  types: {
    context: {} as ConversationContext,
    events: {} as ConversationEvent,
    input: {} as ConversationInput,
  },
  guards: {
    declined: ({ event }) => analysisOf(event)?.answer === 'no',
    agreed: ({ event }) => {
      const answer = analysisOf(event)?.answer;
      return answer === 'yes' || answer === 'unsure';
    },
    notWelcomed: ({ context }) => !context.welcomed,
    focusKnown: ({ context, event }) => {
      const analysis = analysisOf(event);
      return context.substance !== null || context.stepTurns >= 1 || Boolean(analysis && (analysis.substances.length > 0 || analysis.talk !== 'neutral'));
    },
    /** Discord, or sustain talk with no change talk to balance it: time to roll with it, not push. */
    needsRolling: ({ context, event }) => pushesBack(context, analysisOf(event)),
    discord: ({ event }) => Boolean(analysisOf(event)?.discord),
    changeFlows: ({ context }) => context.momentum >= 2 || context.mobilising,
    gaveRuler: ({ event }) => analysisOf(event)?.ruler != null,
    mayRetryRuler: ({ context }) => context.stepTurns < 1,
    lowConfidence: ({ context }) => context.confidence !== null && context.confidence <= 4,
    wantsPlan: ({ context, event }) => {
      const analysis = analysisOf(event);
      const mobilisingNow = analysis?.changeKind === 'commitment' || analysis?.changeKind === 'activation' || analysis?.changeKind === 'taking-steps';
      return context.mobilising || mobilisingNow || context.momentum >= 2 || (context.importance ?? 0) >= 7;
    },
    rolledLongEnough: ({ context, event }) => pushesBack(context, analysisOf(event)) && context.resistanceTurns >= 1,
    returnsTo: ({ context }, params: { step: ReturnStep }) => context.returnTo === params.step,
    /** More than a thanks or an ok: something to talk about. */
    saysMore: ({ event }) => {
      const analysis = analysisOf(event);
      return Boolean(analysis && (analysis.reflection || analysis.substances.length > 0 || analysis.talk !== 'neutral'));
    },
    notSafe: ({ event }) => analysisOf(event)?.answer === 'no',
  },
  actions: {
    /** What every message teaches the conversation: substance, where the talk is leaning, their change talk. */
    hear: assign(({ context, event }) => {
      const analysis = analysisOf(event);
      if (!analysis) return {};
      const lean = analysis.talk === 'change' ? 1 : analysis.talk === 'sustain' ? -1 : 0;
      const mention = analysis.substances[0];
      const statements =
        analysis.talk === 'change' && analysis.reflection && !context.changeStatements.includes(analysis.reflection)
          ? [...context.changeStatements, analysis.reflection].slice(-maxChangeStatements)
          : context.changeStatements;
      return {
        turns: context.turns + 1,
        stepTurns: context.stepTurns + 1,
        momentum: Math.max(-3, Math.min(3, context.momentum + lean)),
        mobilising: context.mobilising || ['commitment', 'activation', 'taking-steps'].includes(analysis.changeKind ?? ''),
        substance: mention?.substance ?? context.substance,
        substanceWord: mention?.word ?? context.substanceWord,
        changeStatements: statements,
      };
    }),
    enterStep: assign({ stepTurns: 0 }),
    markWelcomed: assign({ welcomed: true }),
    rememberJoin: assign(({ context, event }) =>
      event.type === 'JOINED'
        ? { area: event.area ?? context.area, src: event.src ?? context.src, locale: event.locale ?? context.locale }
        : {},
    ),
    rememberReturn: assign((_, params: { step: ReturnStep }) => ({ returnTo: params.step, resistanceTurns: 0 })),
    countResistance: assign(({ context }) => ({ resistanceTurns: context.resistanceTurns + 1 })),
    rememberImportance: assign(({ context, event }) => ({ importance: analysisOf(event)?.ruler ?? context.importance })),
    rememberConfidence: assign(({ context, event }) => ({ confidence: analysisOf(event)?.ruler ?? context.confidence })),
    startAgain: assign(({ context }) => ({
      ...initialContext({ area: context.area, src: context.src, locale: context.locale }),
      welcomed: true,
    })),
  },
}).createMachine({
  id: 'conversation',
  context: ({ input }) => initialContext(input ?? {}),
  initial: 'welcome',
  on: {
    CRISIS: { target: '.crisis', reenter: true, actions: 'hear' },
    STOP: { target: '.close', reenter: true },
    RESTART: { target: '.welcome', reenter: true, actions: 'startAgain' },
    HELP: {},
    JOINED: { actions: 'rememberJoin' },
  },
  states: {
    welcome: {
      description: 'Who the bot is (a bot; anonymous; not for emergencies; stop any time) and may we talk?',
      on: {
        STARTED: { guard: 'notWelcomed', actions: 'markWelcomed' },
        MESSAGE: [
          { guard: 'notWelcomed', actions: 'markWelcomed' },
          { guard: 'declined', target: 'close' },
          { target: 'engage', actions: 'hear' },
        ],
      },
    },
    engage: {
      description: 'Open questions and reflections: can we work together?',
      entry: 'enterStep',
      on: {
        MESSAGE: [
          { guard: 'discord', target: 'resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'focus' } }] },
          { guard: 'focusKnown', target: 'focus', actions: 'hear' },
          { actions: 'hear' },
        ],
      },
    },
    focus: {
      description: 'What would they like to talk about: which substance, what about it',
      entry: 'enterStep',
      on: {
        MESSAGE: [
          { guard: 'needsRolling', target: 'resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'empathy' } }] },
          { target: 'empathy', actions: 'hear' },
        ],
      },
    },
    empathy: {
      description: 'How it feels for them; reflect feelings',
      entry: 'enterStep',
      on: {
        MESSAGE: [
          { guard: 'needsRolling', target: 'resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'discrepancy' } }] },
          { target: 'discrepancy', actions: 'hear' },
        ],
      },
    },
    discrepancy: {
      description: 'What matters to them and how using fits: good and less good things, then how important change is',
      entry: 'enterStep',
      initial: 'choosing',
      states: {
        choosing: {
          // Decisional balance helps people who are unsure; once change talk flows it only invites sustain talk.
          always: [{ guard: 'changeFlows', target: 'importance' }, { target: 'goodThings' }],
        },
        goodThings: {
          on: {
            MESSAGE: [
              { guard: 'discord', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'discrepancy' } }] },
              { target: 'lessGoodThings', actions: 'hear' },
            ],
          },
        },
        lessGoodThings: {
          on: {
            MESSAGE: [
              { guard: 'discord', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'discrepancy' } }] },
              { target: 'importance', actions: 'hear' },
            ],
          },
        },
        importance: {
          entry: 'enterStep',
          on: {
            MESSAGE: [
              { guard: 'gaveRuler', target: 'whyNotLower', actions: ['hear', 'rememberImportance'] },
              { guard: 'discord', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'selfEfficacy' } }] },
              { guard: 'mayRetryRuler', actions: 'hear' },
              { target: '#conversation.selfEfficacy', actions: 'hear' },
            ],
          },
        },
        whyNotLower: {
          on: {
            MESSAGE: [
              { guard: 'needsRolling', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'selfEfficacy' } }] },
              { target: '#conversation.selfEfficacy', actions: 'hear' },
            ],
          },
        },
      },
    },
    resistance: {
      description: 'Sustain talk or discord dominates: reflect, stress their choice, shift focus, then go back',
      on: {
        MESSAGE: [
          // Still pushing back after rolling with it: offer support and let them go, never argue.
          { guard: 'rolledLongEnough', target: 'signpost', actions: 'hear' },
          { guard: 'needsRolling', actions: ['hear', 'countResistance'] },
          { guard: { type: 'returnsTo', params: { step: 'focus' } }, target: 'focus', actions: 'hear' },
          { guard: { type: 'returnsTo', params: { step: 'empathy' } }, target: 'empathy', actions: 'hear' },
          { guard: { type: 'returnsTo', params: { step: 'discrepancy' } }, target: 'discrepancy', actions: 'hear' },
          { guard: { type: 'returnsTo', params: { step: 'selfEfficacy' } }, target: 'selfEfficacy', actions: 'hear' },
          { guard: { type: 'returnsTo', params: { step: 'plan' } }, target: 'plan', actions: 'hear' },
          { target: 'focus', actions: 'hear' },
        ],
      },
    },
    selfEfficacy: {
      description: 'Confidence ruler, why not lower, past successes and strengths',
      entry: 'enterStep',
      initial: 'confidence',
      states: {
        confidence: {
          on: {
            MESSAGE: [
              { guard: 'gaveRuler', target: 'whyNotLower', actions: ['hear', 'rememberConfidence'] },
              { guard: 'discord', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'plan' } }] },
              { guard: 'mayRetryRuler', actions: 'hear' },
              { target: 'pastSuccess', actions: 'hear' },
            ],
          },
        },
        whyNotLower: {
          on: {
            MESSAGE: [
              { guard: 'needsRolling', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step: 'plan' } }] },
              { guard: 'lowConfidence', target: 'pastSuccess', actions: 'hear' },
              { guard: 'wantsPlan', target: '#conversation.plan', actions: 'hear' },
              { target: '#conversation.signpost', actions: 'hear' },
            ],
          },
        },
        pastSuccess: {
          on: {
            MESSAGE: [
              { guard: 'wantsPlan', target: '#conversation.plan', actions: 'hear' },
              { target: '#conversation.signpost', actions: 'hear' },
            ],
          },
        },
      },
    },
    plan: {
      description: 'Only when they want one: a small step, what might get in the way',
      entry: 'enterStep',
      initial: 'offer',
      states: {
        offer: {
          on: {
            MESSAGE: [
              { guard: 'agreed', target: 'firstStep', actions: 'hear' },
              { target: '#conversation.signpost', actions: 'hear' },
            ],
          },
        },
        firstStep: { on: { MESSAGE: { target: 'obstacles', actions: 'hear' } } },
        obstacles: { on: { MESSAGE: { target: '#conversation.signpost', actions: 'hear' } } },
      },
    },
    signpost: {
      description: 'Narcotics Anonymous and local services, offered, not pushed',
      entry: 'enterStep',
      initial: 'offer',
      states: {
        offer: {
          on: {
            MESSAGE: [
              { guard: 'agreed', target: 'given', actions: 'hear' },
              // Anything but a yes is taken as a no: offered, never pushed.
              { target: '#conversation.close', actions: 'hear' },
            ],
          },
        },
        given: { on: { MESSAGE: { target: '#conversation.close', actions: 'hear' } } },
      },
    },
    close: {
      description: 'A short summary in their own words, and an open door',
      on: {
        MESSAGE: [
          { guard: 'saysMore', target: 'engage', actions: 'hear' },
          { actions: 'hear' },
        ],
      },
    },
    crisis: {
      description: 'A crisis reply was given; are they safe now?',
      on: {
        MESSAGE: [
          { guard: 'notSafe', target: 'crisis', reenter: true, actions: 'hear' },
          { target: 'engage', actions: 'hear' },
        ],
      },
    },
  },
});

export type ConversationMachine = typeof conversationMachine;
