import { normalise } from '../../nlp/normalise';
import { readAnswer, readCommand, readGreeting } from '../../nlp/readIntent';

describe('short answers people type', () => {
  it.each([
    ['ye', 'yes'],
    ['ye please', 'yes'],
    ['aye', 'yes'],
    ['go on then', 'yes'],
    ['nah', 'no'],
    ['dunno', 'unsure'],
    ['i dont know', 'unsure'],
    // not a no: a no to the importance ruler ends the rulers, and "no clue" only means they are not sure
    ['no clue', 'unsure'],
    ['not a clue mate', 'unsure'],
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

describe('asking whether this is a bot', () => {
  it.each(['are you a real person', 'are you a bot?', 'r u a bot or a person', 'is this a real person', 'am i talking to a bot', 'ur just a bot', "you're only a robot", 'is there a real person there'])(
    'hears %p',
    (text) => {
      expect(readCommand(normalise(text))).toBe('areYouABot');
    },
  );

  it.each(['are you ok', 'i am a person who uses', 'my mate is a robot at work', 'the bot said something'])('does not hear %p', (text) => {
    expect(readCommand(normalise(text))).not.toBe('areYouABot');
  });
});

describe('asking to delete their data', () => {
  it.each(['delete my data', 'wipe my chat', 'can you delete my messages', 'delete my history', 'remove my info', 'forget me please', 'delete this chat', 'clear the conversation', 'delete'])(
    'hears %p',
    (text) => {
      expect(readCommand(normalise(text))).toBe('forget');
    },
  );

  it.each(['forget it', 'forget about it', 'clear my head', 'remove the needle', 'my mate deleted my number'])('does not delete anything for %p', (text) => {
    expect(readCommand(normalise(text))).not.toBe('forget');
  });
});
