import { normalise } from '../../nlp/normalise';
import { readSustainKind } from '../../nlp/readSustainKind';

const read = (text: string) => readSustainKind(normalise(text));

describe('readSustainKind: what sustain talk is about, only when the wording says', () => {
  it.each([
    ["honestly it's the only thing that gets me through", 'benefits'],
    ['it helps me sleep', 'benefits'],
    ['takes the edge off', 'benefits'],
    ['its just fun', 'benefits'],
    ["can't sleep without it", 'benefits'],
    ['i like it too much', 'benefits'],
    ["i can't stop anyway", 'cant'],
    ["i've tried loads of times, it never works", 'cant'],
    ["i'll never manage it", 'cant'],
    ["what's the point of even trying", 'cant'],
    ["i don't see a problem with it", 'no-problem'],
    ["it's only weed", 'no-problem'],
    ["i've got it under control", 'no-problem'],
    ['everyone i know uses', 'no-problem'],
    ["whats the point of going to na", 'doubts-help'],
    ['rehab never works for me', 'doubts-help'],
    ["NA is full of happy clappy god botherers", 'doubts-help'],
    ["i dont need na", 'doubts-help'],
    ["i'm not ready", 'not-ready'],
    ["i don't want to stop", 'not-ready'],
    ['maybe one day', 'not-ready'],
  ])('%j → %s', (text, kind) => {
    expect(read(text)).toBe(kind);
  });

  it.each(['i need my gear', "i don't care", 'whatever', 'my mates come round every night'])('%j says no kind', (text) => {
    expect(read(text)).toBeNull();
  });
});
