import type { SubstanceMention } from './messageAnalysis';
import type { SubstancesFile } from '../content/schemas/substances';

/** Substance lexicon indexed by word: each word maps to every substance it can mean, in content order. */
export type SubstanceIndex = Map<string, string[]>;

export function indexSubstances(file: SubstancesFile): SubstanceIndex {
  const index: SubstanceIndex = new Map();
  for (const [id, substance] of Object.entries(file.substances)) {
    for (const word of substance.words) {
      const meanings = index.get(word) ?? [];
      if (!meanings.includes(id)) meanings.push(id);
      index.set(word, meanings);
    }
  }
  return index;
}

/** Finds the drugs named in a message, longest phrase first ("brown and white" before "brown"). */
export function findSubstances(tokens: string[], index: SubstanceIndex): SubstanceMention[] {
  const mentions: SubstanceMention[] = [];
  const longest = Math.max(1, ...[...index.keys()].map((w) => w.split(' ').length));
  for (let i = 0; i < tokens.length; i++) {
    for (let length = Math.min(longest, tokens.length - i); length >= 1; length--) {
      const phrase = tokens.slice(i, i + length).join(' ');
      const meanings = index.get(phrase);
      if (!meanings || meanings.length === 0) continue;
      const [substance, ...alternatives] = meanings as [string, ...string[]];
      if (!mentions.some((m) => m.substance === substance)) mentions.push({ substance, word: phrase, alternatives });
      i += length - 1;
      break;
    }
  }
  return mentions;
}
