import fc from 'fast-check';
import { compileCrisisPatterns, everyCompiledPhrase, matchCrisis, type CompiledCrisisPatterns } from '../../../nlp/crisisMatcher';
import { compilePhrase, findPhrase, phraseWords, type CompiledPhrase } from '../../../nlp/crisisPhrase';
import { PhraseIndex } from '../../../nlp/crisisPhraseIndex';
import { crisisSentences } from '../../../nlp/crisisText';
import { loadCrisisPatterns } from '../../../nlp/detectCrisis';
import { crisisMessages } from './crisisMessages';
import { everydayMessages } from './everydayMessages';
import { heldOutCrisis, heldOutEveryday } from './heldOutMessages';

/**
 * The phrase index only skips work: with it and without it (the plain path, every phrase asked) every table
 * line must give the same answer, and no phrase it rules out may match.
 */

const withContent = compileCrisisPatterns(loadCrisisPatterns().patterns);
const builtInOnly = compileCrisisPatterns(undefined);
const lines = [...crisisMessages.map(([m]) => m), ...everydayMessages, ...heldOutCrisis.map(([m]) => m), ...heldOutEveryday];


/** Phrases the index ruled out for the message that nevertheless match one of its sentences. */
function wronglyRuledOut(message: string, compiled: CompiledCrisisPatterns): string[] {
  const index = compiled.index;
  if (!index) throw new Error('compiled patterns carry no index');
  const phrases = everyCompiledPhrase(compiled);
  const wrong: string[] = [];
  for (const sentence of crisisSentences(message, compiled.corrector)) {
    const candidates = index.candidates(sentence);
    for (const phrase of phrases) {
      if (!candidates.mayMatch(phrase) && findPhrase(phrase, sentence).length > 0) wrong.push(phrase.source);
    }
  }
  return wrong;
}

describe.each([
  ['content loaded', withContent],
  ['built-in only', builtInOnly],
])('the phrase index changes no answer (%s)', (_, compiled) => {
  const plain: CompiledCrisisPatterns = { ...compiled, index: undefined, patternsOf: undefined };

  test('every table line: the same signal with and without the index', () => {
    const differ = lines.filter((line) => JSON.stringify(matchCrisis(line, compiled)) !== JSON.stringify(matchCrisis(line, plain)));
    expect(differ).toEqual([]);
  });

  test('every table line: no phrase that matches is ruled out', () => {
    const wrong = lines.flatMap((line) => wronglyRuledOut(line, compiled).map((source) => `${line} :: ${source}`));
    expect(wrong).toEqual([]);
  });

  test('random sentences made of the patterns’ own words: no phrase that matches is ruled out', () => {
    const vocabulary = [...new Set(everyCompiledPhrase(compiled).flatMap(phraseWords))].sort();
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 12 }), (words) => {
        expect(wronglyRuledOut(words.join(' '), compiled)).toEqual([]);
      }),
      { numRuns: 300, seed: 9 },
    );
  });
});

describe('PhraseIndex', () => {
  const slots = { anyone: ['me', 'my mate'] };
  const phrases = ['kill myself', '{anyone} ... overdosed', 'not? breathing?'].map((source) => compilePhrase(source, slots));
  const index = new PhraseIndex(phrases);
  const sentence = (text: string) => {
    const tokens = text.split(' ');
    return { tokens, stems: tokens };
  };

  test('rules out phrases whose required words are missing, keeps those that may match', () => {
    const candidates = index.candidates(sentence('my mate overdosed'));
    expect(phrases.map((phrase) => candidates.mayMatch(phrase))).toEqual([false, true, true]);
  });

  test('a phrase with no required word is always a candidate', () => {
    const candidates = index.candidates(sentence('nothing here'));
    expect(phrases.map((phrase) => candidates.mayMatch(phrase))).toEqual([false, false, true]);
  });

  test('a phrase the index was not built from is never ruled out', () => {
    const other = compilePhrase('stab him', slots);
    expect(index.candidates(sentence('nothing here')).mayMatch(other)).toBe(true);
  });
});
