import { clauseTokens, markNegated, negationScope } from '../../nlp/negation';
import { normalise } from '../../nlp/normalise';
import { readTalk } from '../../nlp/talkType';

const scope = (text: string) => markNegated(clauseTokens(normalise(text))).join(' ');

describe('negation scope', () => {
  it('reaches the words after the negation, up to the end of the clause', () => {
    expect(scope("I don't want to stop, but I should")).toBe('i do not not_want not_to not_stop , but i should');
  });

  it('stops at "but" and "because"', () => {
    expect(scope('not now because im busy')).toBe('not not_now because i am busy');
  });

  it('ignores "not only" and "no way"', () => {
    expect(negationScope(clauseTokens('not only that'))).toEqual([false, false, false]);
  });

  it('does not run on for ever', () => {
    const flags = negationScope(clauseTokens('never a b c d e f g h i'));
    expect(flags.filter(Boolean).length).toBeLessThanOrEqual(6);
  });
});

describe('negation decides talk type without any model', () => {
  const talk = (text: string) => readTalk(normalise(text), null).talk;

  it.each([
    ["I don't want to stop", 'sustain'],
    ["I don't want to keep using", 'change'],
    ["I'm not going to stop", 'sustain'],
    ['I will never use again', 'change'],
    ["I can't stop", 'sustain'],
    ["I can't keep doing this", 'change'],
    ['I want to stop', 'change'],
    ['I want to keep using', 'sustain'],
    ["I don't think I can quit", 'sustain'],
  ])('%j is %s talk', (text, expected) => {
    expect(talk(text)).toBe(expected);
  });
});
