import { talkFeatures } from '../../nlp/talkFeatures';
import type { TalkModel } from '../../nlp/talkModel';
import { readTalk } from '../../nlp/talkType';

/** A toy model that reads change only from the previous reading, so the test sees the context at work. */
const model: TalkModel = {
  version: 1,
  labels: ['change', 'neutral', 'sustain'],
  bias: [0, 1, 0],
  weights: { 'p:change': [3, 0, 0], 'p:sustain': [0, 0, 3] },
  trainedOn: { examples: 0, annomiTrain: 0, contentExamples: 0, options: {} },
};

describe("the person's previous reading as context", () => {
  it('becomes one feature, and none when it is not known', () => {
    expect(talkFeatures('ok then', { previousTalk: 'sustain' })).toContain('p:sustain');
    expect(talkFeatures('ok then', { previousTalk: 'none' })).toContain('p:none');
    expect(talkFeatures('ok then').filter((f) => f.startsWith('p:'))).toEqual([]);
  });

  it('is read by the model when no clear cue decides', () => {
    expect(readTalk('ok then', model).talk).toBe('neutral');
    expect(readTalk('ok then', model, { previousTalk: 'change' }).talk).toBe('change');
    expect(readTalk('ok then', model, { previousTalk: 'sustain' }).talk).toBe('sustain');
  });

  it('never overrides a clear cue in the message itself', () => {
    expect(readTalk('i want to stop using', model, { previousTalk: 'sustain' }).talk).toBe('change');
  });
});
