/**
 * Negation scope: which words a "not" (or "never", "no"…) reaches. "I don't want to stop" negates "want to stop"
 * (sustain talk), while "I don't want to keep using" negates "keep using" (change talk), so the talk reader and
 * the lexicons need to know, word by word, what is negated.
 */

const negators = new Set(['not', 'no', 'never', 'nothing', 'nobody', 'none', 'nor', 'neither', 'without', 'hardly', 'barely']);

/** Words and punctuation that close a negation scope: a new clause starts after them. */
const scopeEnds = new Set([
  '.', ',', '!', '?', ';', ':', 'but', 'because', 'though', 'although', 'however', 'yet', 'so', 'and', 'or',
  'when', 'if', 'unless', 'until', 'while', 'whereas', 'cause',
]);

/** "not only", "no doubt", "never mind" negate nothing that matters. */
const falseNegations = new Set(['not only', 'no doubt', 'never mind', 'no way', 'not just', 'no matter']);

/** A scope longer than this is probably a missed clause break. */
const maxScope = 6;

/** Lower-case words and the punctuation that ends clauses, in order. */
export function clauseTokens(normalised: string): string[] {
  return normalised.replace(/'/g, '').match(/[a-z0-9]+|[.,!?;:]/g) ?? [];
}

/** For each token, whether it lies inside a negation scope (the negator itself is not negated). */
export function negationScope(tokens: readonly string[]): boolean[] {
  const negated = tokens.map(() => false);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] ?? '';
    if (!negators.has(token)) continue;
    if (falseNegations.has(`${token} ${tokens[i + 1] ?? ''}`)) continue;
    for (let j = i + 1; j < tokens.length && j <= i + maxScope; j++) {
      const next = tokens[j] ?? '';
      if (scopeEnds.has(next)) break;
      negated[j] = true;
    }
  }
  return negated;
}

/** Tokens with negated ones marked "not_" ("i do not want to stop" → i do not not_want not_to not_stop). */
export function markNegated(tokens: readonly string[]): string[] {
  const negated = negationScope(tokens);
  return tokens.map((token, i) => (negated[i] ? `not_${token}` : token));
}

/** True when the words of `phrase` occur in order in `tokens` with none of them negated. */
export function saysUnnegated(tokens: readonly string[], negated: readonly boolean[], phrase: readonly string[]): boolean {
  outer: for (let i = 0; i + phrase.length <= tokens.length; i++) {
    for (let k = 0; k < phrase.length; k++) if (tokens[i + k] !== phrase[k] || negated[i + k]) continue outer;
    return true;
  }
  return false;
}
