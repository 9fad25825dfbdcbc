import type { TurnDependencies } from '../../dialogs/takeTurn';
import type { TalkModel } from '../../nlp/talkModel';
import { shippedDependencies } from '../support/botHarness';
import { converse as converseWith } from '../support/pureConversation';

/** A toy model that hears change only when the person's previous message was read as change, and sustain in a first message. */
const contextOnly: TalkModel = {
  version: 1,
  labels: ['change', 'neutral', 'sustain'],
  bias: [0, 1, 0],
  weights: { 'p:change': [3, 0, 0], 'p:none': [0, 0, 3] },
  trainedOn: { examples: 0, annomiTrain: 0, contentExamples: 0, options: {} },
};
const dependencies: TurnDependencies = { ...shippedDependencies, lexicons: { ...shippedDependencies.lexicons, talkModel: contextOnly } };
const converse = (lines: string[]) => converseWith(lines, dependencies);


describe('the talk read from the previous message, carried between turns', () => {
  it('is remembered as a label only', () => {
    const { record } = converse(['yes', 'i want to stop the gear']);
    expect(record.memory.lastTalk).toBe('change');
    expect(JSON.stringify(record.memory)).not.toMatch(/gear|stop/);
  });

  it("reaches the talk reader on the person's next message", () => {
    const after = converse(['yes', 'i want to stop the gear', 'ok then']);
    expect(after.outcomes[3]!.analysis?.talk).toBe('change');
    const alone = converse(['yes', 'ok then']);
    expect(alone.outcomes[2]!.analysis?.talk).toBe('neutral');
  });

  it("tells the reader when a message is the person's first", () => {
    const { outcomes } = converse(['ok then', 'ok then']);
    expect(outcomes[1]!.analysis?.talk).toBe('sustain');
    expect(outcomes[2]!.analysis?.talk).toBe('neutral');
  });
});
