import { normalise } from '../../nlp/normalise';
import { readRiskSignals, saysUnderSixteen } from '../../nlp/readRiskSignals';

describe('readRiskSignals', () => {
  it.each([
    ['just got out of prison last week', 'tolerance'],
    ["I've been off it for a few weeks but I'm going to score tonight", 'tolerance'],
    ['came out of rehab on friday', 'tolerance'],
    ['i relapsed last night after 3 months', 'tolerance'],
    ['back on the gear after six weeks off', 'tolerance'],
    ['was 2 months clean then picked up at the weekend', 'tolerance'],
    ['i always use on my own', 'alone'],
    ['i inject in my room by myself', 'injecting'],
    ['the gear is really strong at the moment', 'strongSupply'],
    ['heard there is fentanyl in the brown', 'strongSupply'],
    ['got some fake blues off a guy', 'strongSupply'],
    ['i bang up twice a day', 'injecting'],
    ['my veins are shot', 'injecting'],
  ])('hears %p as %s', (text, signal) => {
    expect(readRiskSignals(normalise(text))).toContain(signal);
  });

  it.each(['i want to cut down', 'i smoke weed with my mates', 'my mum is worried', 'I left it for a bit', 'the weather is strong today', 'i have been 3 months clean', 'after 3 months in the job i got a raise'])(
    'hears nothing in %p',
    (text) => {
      expect(readRiskSignals(normalise(text))).toEqual([]);
    },
  );
});

describe('saysUnderSixteen', () => {
  it.each(["I'm 15", 'im 14 years old', 'i am only thirteen', "I'm under 16", 'under 16'])('hears %p', (text) => {
    expect(saysUnderSixteen(normalise(text))).toBe(true);
  });

  it.each(["I'm 16", 'im 35', "I'm 5 days clean", 'about a 7', 'i was 15 when i started', "i'm 15 days off it", "I'm fine"])('does not hear %p', (text) => {
    expect(saysUnderSixteen(normalise(text))).toBe(false);
  });
});
