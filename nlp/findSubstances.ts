import { JaroWinklerDistance } from 'natural/lib/natural/distance';
import type { SubstanceMention } from './messageAnalysis';
import type { SubstancesFile } from '../content/schemas/substances';

/** Substance lexicon indexed by word: each word maps to every substance it can mean, in content order. */
export interface SubstanceIndex {
  /** phrase → substances it can mean; a word under two substances is ambiguous */
  words: Map<string, string[]>;
  /** single words long enough to match with a typo, grouped by first letter */
  fuzzy: Map<string, string[]>;
  longest: number;
}

/** Typos are tolerated only on words this long: short street names ("ket", "rock") are real English words. */
const fuzzyMinLength = 6;
const fuzzyThreshold = 0.94;

/** Ordinary words that sit one typo away from a street name ("the valleys" is not benzos). */
const notTypos = new Set([
  'valleys', 'valley', 'heroes', 'heroic', 'cracker', 'crackers', 'cracked', 'cracking', 'smacked',
  'speeding', 'speedy', 'glasses', 'pebble', 'stoned', 'stoner', 'whitey', 'herbal', 'spicy', 'spiced', 'juicy', 'drinks',
  'drinker', 'scripts', 'subscribe', 'ketchup', 'charlies', 'special', 'basement', 'junkie', 'jackets', 'jacket',
  'methods', 'method', 'metal', 'horses', 'brownie', 'brownies', 'pebbled', 'hashtag', 'spliced',
]);

export function indexSubstances(file: SubstancesFile): SubstanceIndex {
  const words = new Map<string, string[]>();
  for (const [id, substance] of Object.entries(file.substances)) {
    for (const word of substance.words) {
      const meanings = words.get(word) ?? [];
      if (!meanings.includes(id)) meanings.push(id);
      words.set(word, meanings);
    }
  }
  const fuzzy = new Map<string, string[]>();
  for (const word of words.keys()) {
    if (word.includes(' ') || word.length < fuzzyMinLength) continue;
    const first = word[0] ?? '';
    fuzzy.set(first, [...(fuzzy.get(first) ?? []), word]);
  }
  const longest = Math.max(1, ...[...words.keys()].map((w) => w.split(' ').length));
  return { words, fuzzy, longest };
}

/** Remembered answers per index, because the same everyday words come up in every message. */
const typoCache = new WeakMap<SubstanceIndex, Map<string, string | null>>();
const typoCacheLimit = 20000;

/** The lexicon word a token is a typo of, or null. Same first letter, similar length, Jaro–Winkler close. */
function typoOf(token: string, index: SubstanceIndex): string | null {
  if (token.length < fuzzyMinLength || notTypos.has(token) || /\d/.test(token)) return null;
  let cache = typoCache.get(index);
  if (!cache) typoCache.set(index, (cache = new Map()));
  const known = cache.get(token);
  if (known !== undefined) return known;
  const found = closestWord(token, index);
  if (cache.size < typoCacheLimit) cache.set(token, found);
  return found;
}

function closestWord(token: string, index: SubstanceIndex): string | null {
  let best: string | null = null;
  let bestScore = fuzzyThreshold;
  for (const word of index.fuzzy.get(token[0] ?? '') ?? []) {
    if (Math.abs(word.length - token.length) > 2) continue;
    const score = JaroWinklerDistance(token, word);
    if (score >= bestScore) {
      best = word;
      bestScore = score;
    }
  }
  return best;
}

/** Finds the drugs named in a message, longest phrase first ("street valium" before "valium"). */
export function findSubstances(tokens: string[], index: SubstanceIndex): SubstanceMention[] {
  const mentions: SubstanceMention[] = [];
  const add = (meanings: string[], word: string) => {
    const [substance, ...alternatives] = meanings as [string, ...string[]];
    if (!mentions.some((m) => m.substance === substance)) mentions.push({ substance, word, alternatives });
  };
  for (let i = 0; i < tokens.length; i++) {
    let matched = false;
    for (let length = Math.min(index.longest, tokens.length - i); length >= 1; length--) {
      const phrase = tokens.slice(i, i + length).join(' ');
      const meanings = index.words.get(phrase);
      if (!meanings || meanings.length === 0) continue;
      add(meanings, phrase);
      i += length - 1;
      matched = true;
      break;
    }
    if (matched) continue;
    const token = tokens[i] ?? '';
    const typo = typoOf(token, index);
    const meanings = typo ? index.words.get(typo) : undefined;
    // Mirror the word they meant, not the typo: echoing a misspelling back can read as mocking.
    if (typo && meanings && meanings.length > 0) add(meanings, typo);
  }
  return mentions;
}
