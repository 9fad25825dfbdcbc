import { normalise } from '../../nlp/normalise';
import { readRuler } from '../../nlp/readRuler';

const ruler = (text: string) => readRuler(normalise(text));

describe('readRuler', () => {
  it.each([
    ['6', 6],
    ['six', 6],
    ['about a 7/10', 7],
    ['maybe 3 or 4', 3.5],
    ['ten!', 10],
    ['prob a 5 if im honest', 5],
    ['solid 8 tbh', 8],
    ['like 2 out of 10', 2],
    ['three outta ten', 3],
    ['4ish', 4],
    ['id say 5-6', 5.5],
    ['6 and a half', 6.5],
    ['Eight or nine', 8.5],
    ['zero', 0],
    ['a 7, maybe 8', 7.5],
  ])('%j → %d', (text, expected) => {
    expect(ruler(text)).toBe(expected);
  });

  it.each(['dunno', 'no idea', 'not sure mate', 'been using for 10 years', 'i do 2 bags a day', '£10 a bag', 'no one cares', 'one day at a time', '15', '7 8 9'])(
    '%j has no ruler answer',
    (text) => {
      expect(ruler(text)).toBeNull();
    },
  );
});
