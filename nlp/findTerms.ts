import { clauseTokens, negationScope } from './negation';

/**
 * Finds which entries of a small lexicon (feelings, life areas) a message mentions, by whole words and phrases.
 * A negated mention ("I'm not scared") does not count, so nothing is reflected that the person denied.
 */

export type TermIndex = { id: string; phrase: string[] }[];

export function indexTerms(entries: Record<string, { words: string[] }>): TermIndex {
  const index: TermIndex = [];
  for (const [id, entry] of Object.entries(entries)) for (const word of entry.words) index.push({ id, phrase: word.replace(/'/g, '').split(' ') });
  // Longer phrases first, so "feel like shit" is tried before "shit".
  return index.sort((a, b) => b.phrase.length - a.phrase.length);
}

export function findTerms(normalised: string, index: TermIndex): string[] {
  const tokens = clauseTokens(normalised);
  const negated = negationScope(tokens);
  const found: string[] = [];
  const used = tokens.map(() => false);
  for (const { id, phrase } of index) {
    for (let i = 0; i + phrase.length <= tokens.length; i++) {
      if (!phrase.every((word, k) => tokens[i + k] === word && !used[i + k])) continue;
      for (let k = 0; k < phrase.length; k++) used[i + k] = true;
      // A negated feeling word is denied ("not angry"), but a phrase that contains its own "not" ("can not sleep") is not.
      const denied = negated[i] === true && phrase[0] !== 'no' && phrase[0] !== 'can';
      if (!denied && !found.includes(id)) found.push(id);
    }
  }
  return found;
}
