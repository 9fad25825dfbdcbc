import { normalise } from '../../nlp/normalise';
import { readAnswer, readGreeting } from '../../nlp/readIntent';

describe('short answers people type', () => {
  it.each([
    ['ye', 'yes'],
    ['ye please', 'yes'],
    ['aye', 'yes'],
    ['go on then', 'yes'],
    ['nah', 'no'],
    ['dunno', 'unsure'],
    ['i dont know', 'unsure'],
  ])('reads %p as %s', (text, answer) => {
    expect(readAnswer(normalise(text))).toBe(answer);
  });

  it.each(['hi', 'hiya', 'hello again', 'you there?', 'hey!!'])('hears %p as a greeting', (text) => {
    expect(readGreeting(normalise(text))).toBe(true);
  });

  it.each(['hi i want to stop', 'high all the time', 'hey what do i do about my kids'])('does not hear %p as a greeting alone', (text) => {
    expect(readGreeting(normalise(text))).toBe(false);
  });
});
