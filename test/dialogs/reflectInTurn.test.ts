import type { TurnOutcome } from '../../dialogs/takeTurn';
import { converse } from '../support/pureConversation';


const reflectionsOf = (outcome: TurnOutcome) => outcome.plan.messages.filter((m) => m.kind === 'reflection-simple' || m.kind === 'reflection-complex' || m.kind === 'summary');

describe('reflections in a turn', () => {
  it('never says the same reflection twice within ten turns, even when the person says the same thing', () => {
    const { outcomes } = converse(['yes', ...Array.from({ length: 10 }, () => 'i want to stop the gear')]);
    const said = outcomes.flatMap((outcome, turn) => reflectionsOf(outcome).map((m) => ({ turn, text: m.text })));
    expect(said.length).toBeGreaterThan(3);
    for (const [i, a] of said.entries()) for (const b of said.slice(i + 1)) if (b.turn - a.turn < 10) expect(b.text).not.toBe(a.text);
  });

  it('keeps fingerprints and counts in dialog memory, never the person’s words', () => {
    const { record } = converse(['yes', 'i want to cut down on the gear', 'my mum is worried sick about me']);
    expect(record.memory.recent.length).toBeGreaterThan(0);
    for (const entry of record.memory.recent) expect(entry).toMatch(/^\d+:[a-z0-9]+$/);
    expect(JSON.stringify(record.memory)).not.toMatch(/gear|mum|worried/);
  });

  it('ends a double-sided reflection on what they said for change', () => {
    const { outcomes } = converse(['yes', 'i want to be there for my kids', 'but the gear helps me sleep']);
    const double = reflectionsOf(outcomes[3]!).map((m) => m.text).join(' ');
    expect(double).toMatch(/gear helps you sleep[\s\S]*be there for your kids\.$/);
  });

  it('lets a reflection stand alone when the person has said something, once questions would outnumber half the reflections', () => {
    const { outcomes } = converse(['yes', 'i want to cut down on the gear', "it's costing me a fortune and my mum is worried"]);
    const last = outcomes[3]!.plan.messages;
    expect(last.some((m) => m.kind.startsWith('reflection'))).toBe(true);
    expect(last.some((m) => m.kind === 'open-question' || m.kind === 'closed-question')).toBe(false);
  });

  it('says "part of you" only when the person has said both sides, never after a plain wish to change', () => {
    for (const plain of ['i want to cut down', 'I want to cut down on the gear', 'i wish i could stop']) {
      const { outcomes } = converse(['yes', plain]);
      const said = reflectionsOf(outcomes[2]!).map((m) => m.text).join(' ');
      expect(said).toMatch(/^You want things to (be different|change with the gear)\.$/);
      expect(said).not.toMatch(/part of you/i);
    }
    const { outcomes } = converse(['yes', 'the gear helps me sleep but i want to stop']);
    expect(outcomes[2]!.analysis?.ambivalent).toBe(true);
    expect(reflectionsOf(outcomes[2]!).map((m) => m.text).join(' ')).toBe('Part of you wants things to change with the gear.');
  });

  it('asks when there is nothing to reflect, so the conversation can go on', () => {
    const { outcomes } = converse(['yes']);
    expect(outcomes[1]!.plan.messages.map((m) => m.kind)).toEqual(['open-question']);
  });

  it('does not name a feeling they did not express', () => {
    const { outcomes } = converse(['yes', 'i use gear every day', 'it costs me a lot']);
    for (const outcome of outcomes) for (const m of reflectionsOf(outcome)) expect(m.text).not.toMatch(/feeling|scared|ashamed|lonely|worn out/);
  });

  it('says their "clean" back as "off it", and no other label back at all', () => {
    const { outcomes } = converse(['yes', 'i was clean the whole time inside and i want to stay clean', "i'm just a junkie"]);
    const said = outcomes.flatMap((outcome) => outcome.plan.messages.map((m) => m.text)).join(' ');
    expect(said).toMatch(/off it/);
    expect(said).not.toMatch(/\bclean\b|junkie/i);
  });

  it('gathers change talk in a summary at a transition, short enough for a phone, ending the turn on the ruler', () => {
    const long = 'i want to stop because i have been thinking a lot about my kids and my mum and my flat';
    const { outcomes } = converse(['yes', 'i want to cut down on the gear', long, 'i want to be there for my daughter every single day of the week']);
    const summaries = outcomes.flatMap((o) => o.plan.messages).filter((m) => m.kind === 'summary');
    expect(summaries.length).toBeGreaterThan(0);
    for (const summary of summaries) expect(summary.text.split(/\s+/).length).toBeLessThanOrEqual(40);
    expect(outcomes[4]!.plan.messages.at(-1)?.text).toMatch(/0 to 10/);
  });
});
