import type { TurnOutcome } from '../../dialogs/takeTurn';
import { shippedDependencies } from '../support/botHarness';
import { repliesTo as converse } from '../support/pureConversation';

/**
 * Sustain talk ("it helps me forget stuff") is talk about the drug, met with a reflection of what they said, often
 * double-sided (mi.md §5). Discord ("leave me alone") is friction with the bot, met with sorry and the choice handed
 * back (§6). Found by talking to the bot: it took the first for the second, and handed the choice back every turn.
 */


const said = (outcome: TurnOutcome | undefined) => (outcome?.plan.messages ?? []).map((m) => m.text).join(' ');
const autonomyLines = shippedDependencies.content.steps.resistance.autonomy.say;
const handsChoiceBack = (outcome: TurnOutcome | undefined) => autonomyLines.some((line) => said(outcome).includes(line));
const rollingLines = [...autonomyLines, ...shippedDependencies.content.steps.resistance.apology.say];

const crackAndMoney = ['yeah ok', 'shit tbh', 'crack mostly, bit of gear at weekends', 'dunno, spent my whole wage on it again'];

describe('sustain talk is not discord', () => {
  it('reflects sustain talk on the way, double-sided when they said something for change before, with no rolling lines', () => {
    const outcomes = converse([...crackAndMoney, 'it helps me forget stuff']);
    const last = outcomes.at(-1)!;
    expect(last.step).not.toBe('resistance');
    expect(said(last)).toMatch(/it helps you forget stuff[\s\S]*you spent your whole wage on it again\.$/i);
    for (const line of rollingLines) expect(said(last)).not.toContain(line);
  });

  it('reads a loss as a reason for change and reflects it as one, not with an autonomy line', () => {
    const outcomes = converse([...crackAndMoney, 'it helps me forget stuff', 'my kids dont see me much anymore']);
    const last = outcomes.at(-1)!;
    expect(last.analysis?.talk).toBe('change');
    expect(last.step).not.toBe('resistance');
    expect(handsChoiceBack(last)).toBe(false);
    expect(last.plan.messages.some((m) => m.kind.startsWith('reflection'))).toBe(true);
  });

  it('sends only discord to the resistance step, and lets go when the discord stops', () => {
    const outcomes = converse(['yes', 'drink', 'stop preaching at me', 'it helps me forget stuff']);
    expect(outcomes[2]?.step).toBe('resistance');
    expect(outcomes[3]?.step).not.toBe('resistance');
    expect(outcomes[3]?.plan.messages.some((m) => m.kind.startsWith('reflection'))).toBe(true);
    for (const line of rollingLines) expect(said(outcomes[3])).not.toContain(line);
  });

  it('gives sustain talk back in their own words rather than a line that says nothing of what they said', () => {
    // Even when the count of complex reflections is short, "That's how it looks from where you are right now." is not
    // chosen over "You need your gear."
    const outcomes = converse(['yes', 'gear', 'i need my gear']);
    expect(outcomes[2]?.analysis).toMatchObject({ talk: 'sustain', sustainKind: null });
    expect(said(outcomes[2])).toMatch(/you need your gear/i);
    expect(said(outcomes[2])).not.toMatch(/how it looks from where you are/i);
  });

  it('never hands the choice back two turns running', () => {
    const runs = [
      ['yes', 'drink', 'stop telling me what to do', 'you dont get it', 'leave me alone'],
      ['ok', 'i smoke weed every night', 'it helps me sleep', 'i dont want to stop', 'i like it, its not a problem', 'nah'],
      ['yes', 'gear', 'stop preaching', 'whatever', 'i dont want to stop', 'you dont get it', 'not listening'],
    ];
    for (const lines of runs) {
      const outcomes = converse(lines);
      const handedBack = outcomes.map(handsChoiceBack);
      expect(handedBack.some(Boolean)).toBe(true);
      for (let turn = 1; turn < handedBack.length; turn++) expect(handedBack[turn] && handedBack[turn - 1]).toBe(false);
    }
  });
});

describe('ruler reflections fit any number', () => {
  // "2 out of 10, not 1. Something about this really matters to you." put a claim in their mouth.
  const overclaim = /\b(really|a lot|so much|very|definitely|clearly|obviously|huge|big)\b/i;

  it.each(['importanceHeard', 'importanceMeaning'] as const)('discrepancy.%s claims no more than the number says', (name) => {
    for (const line of shippedDependencies.content.steps.discrepancy[name].say) expect(line).not.toMatch(overclaim);
  });

  it.each(['confidenceHeard', 'confidenceMeaning'] as const)('selfEfficacy.%s claims no more than the number says', (name) => {
    for (const line of shippedDependencies.content.steps.selfEfficacy[name].say) expect(line).not.toMatch(overclaim);
  });

  it('says a low importance back without saying it really matters', () => {
    for (const low of ['1', '2', '3']) {
      const outcomes = converse(['yes', 'i want to cut down on the gear', 'its costing me a fortune', 'my mum is worried', 'it wrecks my sleep', low]);
      const last = outcomes.at(-1)!;
      expect(last.step).toBe('discrepancy.whyNotLower');
      expect(said(last)).toContain(`${low} out of 10`);
      expect(said(last)).not.toMatch(overclaim);
    }
  });
});
