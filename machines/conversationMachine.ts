import { assign, setup, type TransitionConfig } from 'xstate';
import type { MessageAnalysis } from '../nlp/messageAnalysis';
import { isVerbPhrase } from '../nlp/verbPhrase';
import {
  initialContext,
  type ConversationContext,
  type ConversationInput,
  type HarmReductionTopic,
  type ReturnStep,
} from './conversationContext';
import type { ConversationEvent } from './conversationEvents';

export const machineVersion = 2;

const maxChangeStatements = 3;

function analysisOf(event: ConversationEvent): MessageAnalysis | null {
  return 'analysis' in event ? event.analysis : null;
}

/**
 * Sustain talk with nothing on the change side, for the third time or more: they are not ready, and that is theirs to
 * decide. Sustain talk is about the drug and gets a reflection on the way (mi.md §5); only discord, friction with
 * the bot, is rolled with in the resistance step (§6).
 */
function sustainDominates(context: ConversationContext, analysis: MessageAnalysis | null): boolean {
  return Boolean(analysis && !analysis.discord && analysis.talk === 'sustain' && analysis.whoseUse !== 'someone-else' && context.momentum <= -2);
}

function addNew(list: string[], items: string[], max: number): string[] {
  const added = [...list, ...items.filter((item) => !list.includes(item))];
  return added.slice(-max);
}

const machineSetup = setup({
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
    discord: ({ event }) => Boolean(analysisOf(event)?.discord),
    sustainDominates: ({ context, event }) => sustainDominates(context, analysisOf(event)),
    changeFlows: ({ context }) => context.momentum >= 2 || context.mobilising,
    gaveRuler: ({ event }) => analysisOf(event)?.ruler != null,
    mayRetryRuler: ({ context }) => context.stepTurns < 1,
    lowConfidence: ({ context }) => context.confidence !== null && context.confidence <= 4,
    wantsPlan: ({ context, event }) => {
      const kind = analysisOf(event)?.changeKind;
      const mobilisingNow = kind === 'commitment' || kind === 'activation' || kind === 'taking-steps';
      return context.mobilising || mobilisingNow || context.momentum >= 2 || (context.importance ?? 0) >= 7;
    },
    rolledLongEnough: ({ context, event }) => Boolean(analysisOf(event)?.discord) && context.resistanceTurns >= 1,
    returnsTo: ({ context }, params: { step: ReturnStep }) => context.returnTo === params.step,
    /** a place they named that the bot did not know yet: services near them can follow */
    namedNewPlace: ({ context, event }) => {
      const place = analysisOf(event)?.place;
      return Boolean(place && place !== context.area);
    },
    /**
     * More than a thanks or an ok: a greeting or something to talk about. An idea with no subject after the goodbye
     * ("ring someone") is their last word on it, reflected on the way out, not a new start.
     */
    saysMore: ({ event }) => {
      const analysis = analysisOf(event);
      const statement = analysis?.reflection && !isVerbPhrase(analysis.reflection);
      return Boolean(analysis && (analysis.greeting || statement || analysis.substances.length > 0 || analysis.talk !== 'neutral'));
    },
    /** "No", or not sure: either way not safe enough to move on from the crisis reply. */
    notSafe: ({ event }) => {
      const answer = analysisOf(event)?.answer;
      return answer === 'no' || answer === 'unsure';
    },
    under16: ({ context }) => context.under16,
    /** a parent, partner or friend writing about someone else's use, who has not mentioned their own */
    aboutSomeoneElse: ({ context, event }) => {
      const whose = analysisOf(event)?.whoseUse;
      // Said once ("its my partner not me"), it holds for what follows ("hes using again") until they speak of their own.
      return context.whoseUse !== 'own' && (whose === 'someone-else' || (whose !== 'own' && context.whoseUse === 'someone-else'));
    },
    ownUse: ({ event }) => analysisOf(event)?.whoseUse === 'own',
    /** writing about someone else until now, and now about their own use */
    turnsToOwnUse: ({ context, event }) => context.whoseUse === 'someone-else' && analysisOf(event)?.whoseUse === 'own',
    saidYes: ({ event }) => analysisOf(event)?.answer === 'yes',
    listenedAWhile: ({ context }) => context.stepTurns >= 3,
  },
  actions: {
    /** What every message teaches the conversation: substance, place, where the talk is leaning, their change talk. */
    hear: assign(({ context, event }) => {
      const analysis = analysisOf(event);
      if (!analysis) return {};
      // Talk about someone else's use is not the person's own change or sustain talk.
      const theirOwn = analysis.whoseUse !== 'someone-else';
      const lean = !theirOwn ? 0 : analysis.talk === 'change' ? 1 : analysis.talk === 'sustain' ? -1 : 0;
      const mention = analysis.substances[0];
      const statements =
        // Only what they said of themselves ("you want to cut down"), never "your mum won't talk to you".
        theirOwn && analysis.talk === 'change' && analysis.reflection && /^you(\s|')/.test(analysis.reflection) && !context.changeStatements.includes(analysis.reflection)
          ? [...context.changeStatements, analysis.reflection].slice(-maxChangeStatements)
          : context.changeStatements;
      return {
        turns: context.turns + 1,
        stepTurns: context.stepTurns + 1,
        momentum: Math.max(-3, Math.min(3, context.momentum + lean)),
        mobilising: context.mobilising || ['commitment', 'activation', 'taking-steps'].includes(analysis.changeKind ?? ''),
        substance: context.substance ?? mention?.substance ?? null,
        substanceWord: context.substanceWord ?? mention?.word ?? null,
        substancesHeard: addNew(context.substancesHeard, analysis.substances.map((m) => m.substance), 20),
        topicsHeard: addNew(context.topicsHeard, analysis.topics, 20),
        signalsHeard: addNew(context.signalsHeard, analysis.riskSignals, 10),
        area: analysis.place ?? context.area,
        // Their own use, once mentioned, decides: a worried parent who also uses is talking about themselves too.
        whoseUse: analysis.whoseUse === 'own' ? 'own' : (context.whoseUse ?? analysis.whoseUse),
        changeStatements: statements,
      };
    }),
    enterStep: assign({ stepTurns: 0 }),
    markWelcomed: assign({ welcomed: true }),
    markUnder16: assign({ welcomed: true, under16: true }),
    rememberJoin: assign(({ context, event }) =>
      event.type === 'JOINED'
        ? { area: event.area ?? context.area, src: event.src ?? context.src, locale: event.locale ?? context.locale }
        : {},
    ),
    rememberReturn: assign((_, params: { step: ReturnStep }) => ({ returnTo: params.step, resistanceTurns: 0 })),
    offerTopic: assign(({ context, event }) => {
      if (event.type !== 'RISK_HEARD') return {};
      const offered: HarmReductionTopic[] = [...context.offeredTopics, event.topic];
      return { topic: event.topic, offeredTopics: offered, returnTo: event.from };
    }),
    countResistance: assign(({ context }) => ({ resistanceTurns: context.resistanceTurns + 1 })),
    rememberImportance: assign(({ context, event }) => ({ importance: analysisOf(event)?.ruler ?? context.importance })),
    rememberConfidence: assign(({ context, event }) => ({ confidence: analysisOf(event)?.ruler ?? context.confidence })),
    /** Asking for help counts as agreeing to talk; what they asked for steers which services come first. */
    rememberAsked: assign(({ context, event }) => {
      if (event.type !== 'SUPPORT_ASKED') return {};
      return { welcomed: true, asked: [...context.asked.filter((a) => a !== event.asked), event.asked].slice(-5) };
    }),
    startAgain: assign(({ context }) => ({
      ...initialContext({ area: context.area, src: context.src, locale: context.locale }),
      welcomed: true,
    })),
  },
});

type ConversationTransition = TransitionConfig<ConversationContext, ConversationEvent, ConversationEvent, never, never, never, never, never, never>;

/** Back to the step a detour came from (resistance, information), asking that step's question again. */
const backToReturnStep = (['engage', 'focus', 'empathy', 'discrepancy', 'selfEfficacy', 'plan'] as const).map(
  (step) => ({ guard: { type: 'returnsTo', params: { step } }, target: `#conversation.${step}`, actions: 'hear' }),
) as unknown as ConversationTransition[];

/** Into resistance when they push back at the bot (discord), remembering where to come back to. */
const rollFrom = (step: ReturnStep) =>
  ({ guard: 'discord', target: '#conversation.resistance', actions: ['hear', { type: 'rememberReturn', params: { step } }] }) as const;

/** Sustain talk and nothing else, again and again: their call, with support offered, not more questions. */
const letThemDecide = { guard: 'sustainDominates', target: '#conversation.signpost', actions: 'hear' } as const;

/** A parent, partner or friend writing about someone else's use: not the MI on their own use, but support for them. */
const toSomeoneElse = { guard: 'aboutSomeoneElse', target: '#conversation.someoneElse', actions: 'hear' } as const;

export const conversationMachine = machineSetup.createMachine({
  id: 'conversation',
  context: ({ input }) => initialContext(input ?? {}),
  initial: 'welcome',
  on: {
    CRISIS: { target: '.crisis', reenter: true, actions: 'hear' },
    STOP: { target: '.close', reenter: true },
    RESTART: { target: '.welcome', reenter: true, actions: 'startAgain' },
    UNDER_16: { target: '.youngPerson', actions: 'markUnder16' },
    RISK_HEARD: { target: '.information', actions: ['hear', 'offerTopic'] },
    SUPPORT_ASKED: [
      { guard: 'under16', target: '.youngPerson', actions: 'hear' },
      { target: '.signpost.given', reenter: true, actions: ['hear', 'rememberAsked'] },
    ],
    HELP: {},
    PRIVACY: {},
    ARE_YOU_A_BOT: {},
    JOINED: { actions: 'rememberJoin' },
  },
  states: {
    welcome: {
      description: 'Who the bot is (a bot; anonymous; for 16 and over; not for emergencies; stop any time) and may we talk?',
      on: {
        STARTED: { guard: 'notWelcomed', actions: 'markWelcomed' },
        MESSAGE: [
          { guard: 'notWelcomed', actions: 'markWelcomed' },
          { guard: 'declined', target: 'close' },
          toSomeoneElse,
          { target: 'engage', actions: 'hear' },
        ],
      },
    },
    engage: {
      description: 'Open questions and reflections: can we work together?',
      entry: 'enterStep',
      on: {
        MESSAGE: [rollFrom('focus'), toSomeoneElse, { guard: 'focusKnown', target: 'focus', actions: 'hear' }, { actions: 'hear' }],
      },
    },
    focus: {
      description: 'What would they like to talk about: which substance, what about it',
      entry: 'enterStep',
      on: { MESSAGE: [rollFrom('empathy'), letThemDecide, toSomeoneElse, { target: 'empathy', actions: 'hear' }] },
    },
    empathy: {
      description: 'How it feels for them; reflect feelings',
      entry: 'enterStep',
      on: { MESSAGE: [rollFrom('discrepancy'), letThemDecide, toSomeoneElse, { target: 'discrepancy', actions: 'hear' }] },
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
        goodThings: { on: { MESSAGE: [rollFrom('discrepancy'), letThemDecide, toSomeoneElse, { target: 'lessGoodThings', actions: 'hear' }] } },
        lessGoodThings: { on: { MESSAGE: [rollFrom('discrepancy'), letThemDecide, { target: 'importance', actions: 'hear' }] } },
        importance: {
          entry: 'enterStep',
          on: {
            MESSAGE: [
              { guard: 'gaveRuler', target: 'whyNotLower', actions: ['hear', 'rememberImportance'] },
              rollFrom('selfEfficacy'),
              letThemDecide,
              // "nah" to the ruler: not asked again, and no more rulers; support is offered instead.
              { guard: 'declined', target: '#conversation.signpost', actions: 'hear' },
              { guard: 'mayRetryRuler', actions: 'hear' },
              { target: '#conversation.selfEfficacy', actions: 'hear' },
            ],
          },
        },
        whyNotLower: { on: { MESSAGE: [rollFrom('selfEfficacy'), letThemDecide, { target: '#conversation.selfEfficacy', actions: 'hear' }] } },
      },
    },
    resistance: {
      description: 'Discord (pushing back at the bot): reflect, say sorry, stress their choice, shift focus; back once it stops',
      on: {
        MESSAGE: [
          // Still pushing back after rolling with it: offer support and let them go, never argue.
          { guard: 'rolledLongEnough', target: 'signpost', actions: 'hear' },
          { guard: 'discord', actions: ['hear', 'countResistance'] },
          ...backToReturnStep,
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
              rollFrom('plan'),
              { guard: 'mayRetryRuler', actions: 'hear' },
              { target: 'pastSuccess', actions: 'hear' },
            ],
          },
        },
        whyNotLower: {
          on: {
            MESSAGE: [
              rollFrom('plan'),
              letThemDecide,
              { guard: 'lowConfidence', target: 'pastSuccess', actions: 'hear' },
              { guard: 'wantsPlan', target: '#conversation.plan', actions: 'hear' },
              { target: '#conversation.signpost', actions: 'hear' },
            ],
          },
        },
        pastSuccess: {
          on: {
            MESSAGE: [
              rollFrom('plan'),
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
    information: {
      description: 'Harm-reduction information: ask permission, offer it briefly, ask what they make of it, then go back',
      initial: 'asking',
      states: {
        asking: {
          on: {
            MESSAGE: [{ guard: 'agreed', target: 'giving', actions: 'hear' }, ...backToReturnStep, { target: '#conversation.focus', actions: 'hear' }],
          },
        },
        giving: { on: { MESSAGE: [...backToReturnStep, { target: '#conversation.focus', actions: 'hear' }] } },
      },
    },
    signpost: {
      description: 'Narcotics Anonymous and local services, offered, not pushed; services near them if they say where they are',
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
        given: {
          on: {
            MESSAGE: [
              { guard: 'turnsToOwnUse', target: '#conversation.focus', actions: 'hear' },
              { guard: 'namedNewPlace', target: 'nearby', actions: 'hear' },
              { target: '#conversation.close', actions: 'hear' },
            ],
          },
        },
        nearby: { on: { MESSAGE: { target: '#conversation.close', actions: 'hear' } } },
      },
    },
    someoneElse: {
      description: "Someone close to them uses: listen, and offer support for families and friends; their own use, if they mention it, leads back",
      entry: 'enterStep',
      initial: 'offer',
      states: {
        offer: {
          on: {
            MESSAGE: [
              { guard: 'ownUse', target: '#conversation.focus', actions: 'hear' },
              { guard: 'agreed', target: '#conversation.signpost.given', actions: 'hear' },
              { target: 'listening', actions: 'hear' },
            ],
          },
        },
        listening: {
          on: {
            MESSAGE: [
              { guard: 'ownUse', target: '#conversation.focus', actions: 'hear' },
              // A late yes to the offer, after a word about how they feel.
              { guard: 'saidYes', target: '#conversation.signpost.given', actions: 'hear' },
              { guard: 'listenedAWhile', target: '#conversation.someoneElse', reenter: true, actions: 'hear' },
              { actions: 'hear' },
            ],
          },
        },
      },
    },
    close: {
      description: 'A short summary in their own words, and an open door',
      on: { MESSAGE: [{ guard: 'saysMore', target: 'engage', actions: 'hear' }, { actions: 'hear' }] },
    },
    youngPerson: {
      description: 'Under 16: point to a young people’s service and do not go into drug use',
      on: { MESSAGE: { actions: 'hear' } },
    },
    crisis: {
      description: 'A crisis reply was given; are they safe now?',
      on: {
        MESSAGE: [
          { guard: 'notSafe', target: 'crisis', reenter: true, actions: 'hear' },
          { guard: 'under16', target: 'youngPerson', actions: 'hear' },
          { target: 'engage', actions: 'hear' },
        ],
      },
    },
  },
});

export type ConversationMachine = typeof conversationMachine;
export { conversationContextSchema, type ConversationContext, type ConversationInput, type ReturnStep } from './conversationContext';
