import { classifyTalk, trainTalkWeights, type TalkExample, type TrainOptions } from '../../nlp/talkModel';

/** Small made-up examples with one clear word per label and shared noise words, so training has something to learn. */
function toyExamples(): TalkExample[] {
  const examples: TalkExample[] = [];
  for (let i = 0; i < 30; i++) {
    const noise = [`w:n${i % 5}`, `w:m${i % 3}`];
    examples.push({ features: ['w:quit', ...noise], label: 'change' });
    examples.push({ features: ['w:okay', ...noise], label: 'neutral' });
    examples.push({ features: ['w:okay', `w:x${i % 4}`], label: 'neutral' });
    examples.push({ features: ['w:enjoy', ...noise], label: 'sustain' });
  }
  return examples;
}

const options: TrainOptions = { epochs: 6, learningRate: 0.05, l2: 0.003, balance: 1, minCount: 2, average: 1 };

describe('trainTalkWeights', () => {
  it('learns the word that marks each label, with averaged weights', () => {
    const model = trainTalkWeights(toyExamples(), options);
    expect(classifyTalk(model, ['w:quit', 'w:n1']).talk).toBe('change');
    expect(classifyTalk(model, ['w:enjoy', 'w:m2']).talk).toBe('sustain');
    expect(classifyTalk(model, ['w:okay']).talk).toBe('neutral');
  });

  it('is repeatable: the same examples give the same weights', () => {
    expect(trainTalkWeights(toyExamples(), options)).toEqual(trainTalkWeights(toyExamples(), options));
  });

  it('averages over epochs: averaged weights differ from the last ones and are smaller', () => {
    const averaged = trainTalkWeights(toyExamples(), options);
    const last = trainTalkWeights(toyExamples(), { ...options, average: 0 });
    expect(averaged.weights['w:quit']).not.toEqual(last.weights['w:quit']);
    // Weights grow over the epochs, so their mean is below the final value.
    expect(averaged.weights['w:quit']![0]).toBeLessThan(last.weights['w:quit']![0]);
    expect(averaged.weights['w:quit']![0]).toBeGreaterThan(0);
  });

  it('drops features seen fewer than minCount times', () => {
    const model = trainTalkWeights([...toyExamples(), { features: ['w:once'], label: 'change' }], options);
    expect(model.weights['w:once']).toBeUndefined();
  });
});
