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
