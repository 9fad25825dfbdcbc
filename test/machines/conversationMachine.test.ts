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
    feelings: [], topics: [], substances: [], ruler: null, reflection: null, place: null, ...overrides,
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
    const onward = getShortestPaths(conversationMachine, {
      events: sampleEvents.filter((event) => event.type !== 'STOP'),
      fromState: from,
      serializeState: (snapshot) => coarseKey(snapshot as ConversationSnapshot),
      limit: 5000,
    });
    const ends = onward.map((path) => stepOf(path.state as ConversationSnapshot));
    expect(ends.some((end) => end.startsWith('signpost') || end === 'close')).toBe(true);
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

  it('goes back to where it came from after rolling with sustain talk', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    snapshot = advanceConversation(snapshot, message({ answer: 'yes' }));
    snapshot = advanceConversation(snapshot, message({ substances: [{ substance: 'cannabis', word: 'weed', alternatives: [] }] }));
    expect(stepOf(snapshot)).toBe('focus');
    snapshot = advanceConversation(snapshot, message({ talk: 'sustain' }));
    expect(stepOf(snapshot)).toBe('resistance');
    snapshot = advanceConversation(snapshot, message({ talk: 'change', changeKind: 'reasons' }));
    expect(stepOf(snapshot)).toBe('empathy');
  });

  it('offers support, without arguing, when sustain talk goes on', () => {
    let snapshot = advanceConversation(startConversation(), { type: 'STARTED' });
    for (const event of [message({ answer: 'yes' }), message({ talk: 'sustain' }), message({ talk: 'sustain' }), message({ talk: 'sustain' }), message({ talk: 'sustain' })]) {
      snapshot = advanceConversation(snapshot, event);
    }
    expect(stepOf(snapshot)).toBe('signpost.offer');
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
