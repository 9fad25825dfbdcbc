import { compileCrisisPatterns } from '../../../nlp/crisisMatcher';
import { stem } from '../../../nlp/crisisPhrase';
import { englishWords } from './typoGuardWords';

/**
 * The typo corrector must never turn an English word into a different crisis word ("races" into "rapes").
 * Checking all of WordNet takes minutes (test/nlp/crisis/writeTypoGuard.ts does it and writes the guard),
 * so this checks an evenly spread sample; it fails when the built-in words change and the guard is stale.
 */
const { corrector } = compileCrisisPatterns(undefined);

test('known near-misses stay as typed', () => {
  for (const word of ['races', 'raping', 'drying', 'filling', 'billing', 'strokes', 'killer', 'fitter', 'sickle']) {
    const corrected = corrector.correct(word);
    expect(corrected === word || stem(corrected) === stem(word)).toBe(true);
  }
});

test('real typos of crisis words are corrected', () => {
  expect(corrector.correct('sucide')).toBe('suicide');
  expect(corrector.correct('overdosin')).toBe('overdosing');
  expect(corrector.correct('myslef')).toBe('myself');
  expect(corrector.correct('breathign')).toBe('breathing');
});

test('a spread sample of English words is never turned into a different crisis word', () => {
  const english = [...englishWords()].filter((word) => word.length >= 6);
  const sample = english.filter((_, i) => i % 20 === 0);
  const changed = sample.filter((word) => {
    const corrected = corrector.correct(word);
    return corrected !== word && stem(corrected) !== stem(word);
  });
  expect(changed).toEqual([]);
});

test('words run together are split into the words the patterns know, and English words are not', () => {
  expect(corrector.splitRunTogether('icantdothisanymore')).toEqual(['i', 'cant', 'do', 'this', 'anymore']);
  expect(corrector.splitRunTogether('dunwithlife')).toEqual(['dun', 'with', 'life']);
  // a typo of one word is corrected, not split; two words are not enough ("withholding")
  expect(corrector.splitRunTogether('respondin')).toBeUndefined();
  expect(corrector.splitRunTogether('withholding')).toBeUndefined();
  const english = [...englishWords()].filter((word, i) => word.length >= 9 && i % 7 === 0);
  expect(english.filter((word) => corrector.splitRunTogether(word) !== undefined)).toEqual([]);
});
