import { normalise, words } from '../../nlp/normalise';

describe('normalise', () => {
  it.each([
    ["I can't stop", 'i can not stop'],
    ["Won't happen", 'will not happen'],
    ["I'm done, I've had enough", 'i am done, i have had enough'],
    ['dont wanna', 'do not want to'],
    ['im gonna try', 'i am going to try'],
    ['dunno tbh', 'do not know to be honest'],
    ['coz u said', 'because you said'],
    ['soooooo tired', 'so tired'],
    ['noooo', 'no'],
    ['ur rly gud m8', 'your really good mate'],
    ['been usin and smokin', 'been using and smoking'],
    ['cant be bothered tmrw', 'can not be bothered tomorrow'],
  ])('%j → %j', (text, expected) => {
    expect(normalise(text)).toBe(expected);
  });

  it('keeps double letters that are spelling, and words that only end in "in"', () => {
    expect(normalise('good skin within')).toBe('good skin within');
  });

  it('handles curly apostrophes and capitals', () => {
    expect(normalise('I DON’T Know')).toBe('i do not know');
  });

  it('splits into bare words without punctuation', () => {
    expect(words(normalise('Wot?! I can’t...'))).toEqual(['what', 'i', 'can', 'not']);
  });
});
