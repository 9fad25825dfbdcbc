import type { TurnOutcome } from '../../dialogs/takeTurn';
import { analyseMessage } from '../../nlp/analyseMessage';
import { shippedDependencies } from '../support/botHarness';
import { repliesTo as converse } from '../support/pureConversation';

/** Faults found by talking to the bot as a drinker: the same summary two turns running, and more sureness than was said. */


const summaries = (outcome: TurnOutcome | undefined) => (outcome?.plan.messages ?? []).filter((m) => /cut down in the week/.test(m.text) && /:/.test(m.text));

const drinker = ['yeah', 'drinking too much', 'it takes the edge off after work', 'but im missing work now, hungover', 'i like a drink tho', 'my wife says im different when ive had a few', 'i could cut down in the week', 'idk', '7', 'my kids', '5'];

describe('summaries and claims', () => {
  it('does not gather the same things into a summary two turns running (the offer, then the goodbye)', () => {
    const outcomes = converse(drinker);
    const withSummary = outcomes.map((outcome) => summaries(outcome).length > 0);
    expect(withSummary.some(Boolean)).toBe(true);
    for (let turn = 1; turn < withSummary.length; turn++) expect(withSummary[turn] && withSummary[turn - 1]).toBe(false);
    // The goodbye still thanks them when it does not summarise.
    expect(outcomes.at(-1)?.plan.messages.map((m) => m.text).join(' ')).toMatch(/Thanks for talking this through/);
  });

  it('says "I could cut down" back no more surely than it was said', () => {
    const outcomes = converse(drinker.slice(0, 7));
    const said = outcomes.at(-1)!.plan.messages.map((m) => m.text).join(' ');
    expect(said).not.toMatch(/you know you|got it in you|you can do hard things/i);
    for (const line of shippedDependencies.reflections.reflections.filter((r) => r.when.kind === 'ability')) expect(line.text).not.toMatch(/\byou know you\b|got it in you/i);
  });

  it('says a wish back as a wish, not as having had enough', () => {
    const desire = shippedDependencies.reflections.reflections.filter((r) => r.when.kind === 'desire' && !r.when.ambivalent);
    expect(desire.length).toBeGreaterThan(1);
    for (const line of desire) expect(line.text).not.toMatch(/had enough|fed up|sick of|can't go on/i);
  });

  it('hears "it takes the edge off" as what using gives them, and reflects that rather than only "work"', () => {
    const analysis = analyseMessage('it takes the edge off after work', shippedDependencies.lexicons);
    expect(analysis).toMatchObject({ talk: 'sustain', sustainKind: 'benefits', reflection: 'it takes the edge off after work' });
    const outcomes = converse(drinker.slice(0, 3));
    expect(outcomes.at(-1)!.plan.messages.map((m) => m.text).join(' ')).not.toMatch(/^So work comes into this\.$/);
  });
});

describe('answering what was said, not a question that was not answered', () => {
  it('does not say "No problem." to something other than a no, after offering information', () => {
    const outcomes = converse(['go on', 'on methadone', 'topping up', 'on top of script', 'gabbies mostly', 'cant sleep without']);
    expect(outcomes[4]?.step).toBe('information.asking');
    const texts = outcomes[5]!.plan.messages.map((m) => m.text);
    expect(texts).not.toContain('No problem.');
    expect(texts).not.toContain("That's fine.");
    const declined = converse(['go on', 'on methadone', 'topping up', 'on top of script', 'gabbies mostly', 'no thanks']);
    expect(declined[5]!.plan.messages.map((m) => m.text).join(' ')).toMatch(/No problem\.|That's fine\./);
  });

  it('hears the feeling under a label they put on themselves, and never says the label', () => {
    const outcomes = converse(['ye', 'im a junkie basically']);
    const said = outcomes[1]!.plan.messages.map((m) => m.text).join(' ');
    expect(said).not.toMatch(/junkie/i);
    expect(outcomes[1]!.plan.messages.some((m) => m.kind.startsWith('reflection'))).toBe(true);
  });
});

describe('the change side of a double-sided reflection', () => {
  it('is not given back turn after turn, in a reflection or a one-line summary', () => {
    const outcomes = converse(['yeah ok', 'crack', 'spent my whole wage on it again', 'it helps me forget stuff', 'i like the buzz', 'everyone round here uses', 'its my life', 'i dont want to stop']);
    const turnsSaying = outcomes.map((outcome) => outcome.plan.messages.some((m) => /you spent your whole wage on it again/i.test(m.text) && m.kind !== 'summary' ? /on one hand|at the same time|part of you/i.test(m.text) : /you spent your whole wage/i.test(m.text)));
    // Given back once, double-sided, when the sustain talk first came; not again within the next turns.
    expect(outcomes[3]!.plan.messages.map((m) => m.text).join(' ')).toMatch(/forget stuff[\s\S]*you spent your whole wage on it again/i);
    expect(turnsSaying.slice(4).filter(Boolean)).toEqual([]);
  });
});
