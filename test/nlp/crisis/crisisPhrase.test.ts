import { crisisPhraseSchema } from '../../../content/schemas/crisisPatterns';
import { compileCrisisPatterns, mergeSlots } from '../../../nlp/crisisMatcher';
import { compilePhrase, findPhrase } from '../../../nlp/crisisPhrase';
import { crisisSentences } from '../../../nlp/crisisText';

const { corrector } = compileCrisisPatterns(undefined);
const slots = mergeSlots(undefined);
const matches = (phrase: string, text: string) =>
  crisisSentences(text, corrector).some((sentence) => findPhrase(compilePhrase(phrase, slots), sentence).length > 0);

describe('"!a/b": the next word is none of these', () => {
  const idiom = 'kill me if/when ... finds out !where/which';
  test('matches where the idiom ends, at the end or before other words', () => {
    expect(matches(idiom, 'my mum will kill me if she finds out')).toBe(true);
    expect(matches(idiom, 'my mum will kill me if she finds out i relapsed')).toBe(true);
  });
  test('does not match when a listed word follows', () => {
    expect(matches(idiom, "he'll kill me when he finds out where im staying now")).toBe(false);
    expect(matches(idiom, 'he will kill me when he finds out which refuge i am in')).toBe(false);
  });
  test('uses up no word: the step after it starts at the same word', () => {
    expect(matches('finds out !where i', 'she finds out i relapsed')).toBe(true);
    expect(matches('finds out !where i', 'she finds out where i am')).toBe(false);
  });
});

describe('editors can write "!" in content/crisis-patterns.yaml', () => {
  test('a "!" word is accepted; a bare or glued "!" is a clear mistake', () => {
    expect(crisisPhraseSchema.safeParse('finds out !where/which').success).toBe(true);
    expect(crisisPhraseSchema.safeParse('finds out !').success).toBe(false);
    expect(crisisPhraseSchema.safeParse('finds out!where').success).toBe(false);
  });
});
