import { initialTransition, transition } from 'xstate';
import { getShortestPaths, getStateNodes } from 'xstate/graph';
import type { ConversationEvent } from '../../machines/conversationEvents';
import { conversationMachine } from '../../machines/conversationMachine';
import {
  advanceConversation,
  persistConversation,
  restoreConversation,
  startConversation,
  stepOf,
  type ConversationSnapshot,
} from '../../machines/conversationSnapshot';
import type { MessageAnalysis } from '../../nlp/messageAnalysis';

function analysis(overrides: Partial<MessageAnalysis> = {}): MessageAnalysis {
  return {
    empty: false, crisis: null, command: null, answer: null, talk: 'neutral', changeKind: null, discord: false,
    feelings: [], topics: [], substances: [], ruler: null, reflection: null, place: null, riskSignals: [], underSixteen: false, supportAsked: null, whoseUse: null, greeting: false, ...overrides,
  };
}

const message = (overrides: Partial<MessageAnalysis> = {}): ConversationEvent => ({ type: 'MESSAGE', analysis: analysis(overrides) });

/** One event of each kind the conversation meets, with payloads that exercise every guard. */
const sampleEvents: ConversationEvent[] = [
  { type: 'STARTED' },
  { type: 'JOINED', area: 'glasgow', src: 'nx-central', locale: 'en-GB' },
  message(),
  message({ answer: 'yes' }),
  message({ answer: 'no' }),
  message({ talk: 'change', changeKind: 'desire', reflection: 'you want to cut down', substances: [{ substance: 'heroin', word: 'gear', alternatives: [] }] }),
  message({ talk: 'change', changeKind: 'commitment', reflection: 'you will ring the service' }),
  message({ talk: 'sustain', reflection: 'it helps you sleep' }),
  message({ discord: true }),
  message({ ruler: 2 }),
  message({ ruler: 8 }),
  { type: 'CRISIS', analysis: analysis({ crisis: { kind: 'suicide', pattern: 'kill-myself' } }) },
  { type: 'RISK_HEARD', analysis: analysis({ riskSignals: ['injecting'] }), topic: 'injecting', from: 'focus' },
  { type: 'UNDER_16', analysis: analysis({ underSixteen: true }) },
  { type: 'SUPPORT_ASKED', analysis: analysis({ supportAsked: 'meeting' }), asked: 'meeting' },
  message({ whoseUse: 'someone-else', reflection: 'your son is on heroin' }),
  message({ whoseUse: 'own', talk: 'change', changeKind: 'desire', reflection: 'you drink too much yourself' }),
  message({ place: 'glasgow' }),
  { type: 'STOP' },
  { type: 'HELP' },
  { type: 'RESTART' },
];

const leafStates = getStateNodes(conversationMachine.root)
  .filter((node) => node.type === 'atomic' && node.always === undefined)
  .map((node) => node.path.join('.'))
  .filter((path) => path !== 'discrepancy.choosing');

/** Steps and the few context facts guards read, coarsely, so the graph stays small. */
function coarseKey(snapshot: ConversationSnapshot): string {
  const { context } = snapshot;
  const lean = context.momentum <= 0 ? 'low' : context.momentum === 1 ? 'some' : 'high';
  const step = stepOf(snapshot);
  const returning = step === 'resistance' ? `${context.returnTo}|${context.resistanceTurns > 0}` : '';
  return [step, context.welcomed, lean, context.mobilising, returning, context.stepTurns > 0].join('|');
}

const paths = getShortestPaths(conversationMachine, {
  events: sampleEvents,
  serializeState: (snapshot) => coarseKey(snapshot as ConversationSnapshot),
  limit: 300000,
});

/** Breadth-first search for signpost or close without the STOP shortcut: every step has a real way out. */
function waysOut(from: ConversationSnapshot): boolean {
  const events = sampleEvents.filter((event) => event.type !== 'STOP');
  const seen = new Set([coarseKey(from)]);
  let frontier = [from];
  for (let depth = 0; depth < 12 && frontier.length > 0; depth++) {
    const next: ConversationSnapshot[] = [];
    for (const snapshot of frontier) {
      for (const event of events) {
        const after = advanceConversation(snapshot, event);
        const step = stepOf(after);
        if (step.startsWith('signpost') || step === 'close') return true;
        const key = coarseKey(after);
        if (!seen.has(key)) {
          seen.add(key);
          next.push(after);
        }
      }
    }
    frontier = next;
  }
  return false;
}

const snapshotsByStep = new Map<string, ConversationSnapshot>();
for (const path of paths) {
  const snapshot = path.state as ConversationSnapshot;
  if (!snapshotsByStep.has(stepOf(snapshot))) snapshotsByStep.set(stepOf(snapshot), snapshot);
}

describe('conversationMachine', () => {
  it('has the MI steps as states', () => {
    for (const step of ['welcome', 'engage', 'focus', 'empathy', 'discrepancy', 'resistance', 'selfEfficacy', 'plan', 'signpost', 'close', 'crisis']) {
      expect(Object.keys(conversationMachine.root.states)).toContain(step);
    }
  });

  it.each(leafStates)('reaches %s', (step) => {
    expect([...snapshotsByStep.keys()]).toContain(step);
  });

  it.each(leafStates)('can get from %s to signpost or close', (step) => {
    const from = snapshotsByStep.get(step);
    expect(from).toBeDefined();
    expect(waysOut(from as ConversationSnapshot)).toBe(true);
  });
  it.each(leafStates)('moves from %s exactly as xstate’s own transition() does, on every sample event', (step) => {
    const from = snapshotsByStep.get(step) as ConversationSnapshot;
    for (const event of sampleEvents) {
      const ours = advanceConversation(from, event);
      const xstates = transition(conversationMachine, from, event)[0];
      expect(persistConversation(ours)).toEqual(persistConversation(xstates));
      expect(ours.status).toBe(xstates.status);
      // Twice from the same snapshot: nothing carries over from one call to the next.
      expect(persistConversation(advanceConversation(from, event))).toEqual(persistConversation(ours));
    }
  });

  it('starts exactly as xstate’s own initialTransition() does', () => {
    for (const input of [{}, { area: 'glasgow', src: 'nx-central', locale: 'en-GB' }, { area: null }]) {
      expect(persistConversation(startConversation(input))).toEqual(persistConversation(initialTransition(conversationMachine, input)[0]));
    }
  });

  it.each(leafStates)('answers a crisis from %s at once', (step) => {
    const from = snapshotsByStep.get(step) as ConversationSnapshot;
    const after = advanceConversation(from, { type: 'CRISIS', analysis: analysis({ crisis: { kind: 'overdose', pattern: 'gone-blue' } }) });
    expect(stepOf(after)).toBe('crisis');
  });

  it.each(leafStates)('stops from %s when asked', (step) => {
    const from = snapshotsByStep.get(step) as ConversationSnapshot;
    expect(stepOf(advanceConversation(from, { type: 'STOP' }))).toBe('close');
  });

  it('keeps the link area and source from webchat/join', () => {
    const after = advanceConversation(startConversation(), { type: 'JOINED', area: 'glasgow', src: 'nx-central', locale: 'en-GB' });
    expect(after.context).toMatchObject({ area: 'glasgow', src: 'nx-central', locale: 'en-GB' });
    expect(stepOf(after)).toBe('welcome');
  });

  it('goes back to where it came from once discord stops', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ substances: [{ substance: 'cannabis', word: 'weed', alternatives: [] }] }));
    expect(stepOf(snapshot)).toBe('focus');
    snapshot = advanceConversation(snapshot, message({ discord: true }));
    expect(stepOf(snapshot)).toBe('resistance');
    // Sustain talk after the discord is not discord: the detour ends.
    snapshot = advanceConversation(snapshot, message({ talk: 'sustain' }));
    expect(stepOf(snapshot)).toBe('empathy');
  });

  it('meets sustain talk on the way, not in the resistance step kept for discord', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ substances: [{ substance: 'cannabis', word: 'weed', alternatives: [] }] }));
    snapshot = advanceConversation(snapshot, message({ talk: 'sustain' }));
    expect(stepOf(snapshot)).toBe('empathy');
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'reasons' }));
    snapshot = advanceConversation(snapshot, message({ talk: 'sustain' }));
    expect(stepOf(snapshot)).toBe('discrepancy.lessGoodThings');
  });

  it('stays with someone else\'s use once they have said it is not theirs, as the next messages speak of "he"', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ whoseUse: 'someone-else' }));
    expect(stepOf(snapshot)).toBe('someoneElse.offer');
    let fromWelcome = advanceConversation(startConversation(), { type: 'STARTED' });
    fromWelcome = advanceConversation(fromWelcome, message({ whoseUse: 'someone-else', answer: null }));
    expect(stepOf(fromWelcome)).toBe('someoneElse.offer');
    // A later message about "him", with no word for whose use, does not turn into questions about their own use.
    let later = advanceConversation(startConversation(), { type: 'STARTED' });
    later = advanceConversation(later, message({ answer: 'yes' }));
    later = advanceConversation(later, message({ talk: 'neutral' }));
    expect(later.context.whoseUse).toBeNull();
    later = { ...later, context: { ...later.context, whoseUse: 'someone-else' } } as typeof later;
    expect(stepOf(advanceConversation(later, message({ talk: 'neutral' })))).toBe('someoneElse.offer');
  });

  it('offers support, without arguing, when there is nothing but sustain talk', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    for (const event of [message({ answer: 'yes' }), message({ talk: 'sustain' }), message({ talk: 'sustain' })]) {
      snapshot = advanceConversation(snapshot, event);
      expect(stepOf(snapshot)).not.toBe('resistance');
    }
    expect(stepOf(snapshot)).not.toMatch(/^signpost/);
    snapshot = advanceConversation(snapshot, message({ talk: 'sustain' }));
    expect(stepOf(snapshot)).toBe('signpost.offer');
  });

  it('offers support instead of asking the importance ruler again after a no', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    for (const event of [message({ answer: 'yes' }), message({ talk: 'change', changeKind: 'reasons' }), message({ talk: 'neutral' }), message({ talk: 'neutral' }), message({ talk: 'neutral' }), message({ talk: 'neutral' })]) {
      snapshot = advanceConversation(snapshot, event);
    }
    expect(stepOf(snapshot)).toBe('discrepancy.importance');
    // Not sure is not a no: the ruler is asked once more, roughly.
    expect(stepOf(advanceConversation(snapshot, message({ answer: 'unsure' })))).toBe('discrepancy.importance');
    snapshot = advanceConversation(snapshot, message({ answer: 'no' }));
    expect(stepOf(snapshot)).toBe('signpost.offer');
  });

  it('offers harm-reduction information with permission and then goes back to where it was', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, { type: 'RISK_HEARD', analysis: analysis({ riskSignals: ['tolerance'] }), topic: 'tolerance', from: 'engage' });
    expect(stepOf(snapshot)).toBe('information.asking');
    expect(snapshot.context.offeredTopics).toEqual(['tolerance']);
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    expect(stepOf(snapshot)).toBe('information.giving');
    snapshot = advanceConversation(snapshot, message({ talk: 'change', reflection: 'you want to be careful' }));
    expect(stepOf(snapshot)).toBe('engage');
  });

  it('does not go into drug use with someone under 16, even after a crisis reply', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'UNDER_16', analysis: analysis({ underSixteen: true }) });
    expect(stepOf(snapshot)).toBe('youngPerson');
    snapshot = advanceConversation(snapshot, message({ talk: 'change', substances: [{ substance: 'cannabis', word: 'weed', alternatives: [] }] }));
    expect(stepOf(snapshot)).toBe('youngPerson');
    snapshot = advanceConversation(snapshot, { type: 'CRISIS', analysis: analysis({ crisis: { kind: 'suicide', pattern: 'x' } }) });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    expect(stepOf(snapshot)).toBe('youngPerson');
  });

  it('remembers a place the person names, for local services', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ place: 'leeds', reflection: 'you live in leeds' }));
    expect(snapshot.context.area).toBe('leeds');
  });

  it('keeps for the summary only change talk the person said of themselves', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'commitment', reflection: "your mum won't talk to you" }));
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'desire', whoseUse: 'someone-else', reflection: 'you want him to stop' }));
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'desire', reflection: 'you want to cut down' }));
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'taking-steps', reflection: "you've cut down already" }));
    expect(snapshot.context.changeStatements).toEqual(['you want to cut down', "you've cut down already"]);
  });

  it('restores exactly what it persisted, through JSON', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    const stored = JSON.parse(JSON.stringify(persistConversation(snapshot)));
    const restored = restoreConversation(stored);
    expect(restored && stepOf(restored)).toBe('engage');
    expect(restored?.context).toEqual(snapshot.context);
  });

  it('refuses a snapshot from another machine version or a state that no longer exists', () => {
    const stored = persistConversation(startConversation());
    expect(restoreConversation({ ...stored, machineVersion: 999 })).toBeNull();
    expect(restoreConversation({ ...stored, snapshot: { ...(stored.snapshot as object), value: 'evoke' } })).toBeNull();
    expect(restoreConversation({ nonsense: true })).toBeNull();
    expect(restoreConversation(undefined)).toBeNull();
  });
});
