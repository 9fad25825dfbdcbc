import { clauseTokens, negationScope } from './negation';

/**
 * Finds which entries of a small lexicon (feelings, life areas) a message mentions, by whole words and phrases.
 * A negated mention ("I'm not scared") does not count, so nothing is reflected that the person denied.
 */

/** Phrases grouped by their first word, longest first, so "feel like shit" is tried before "feel low". */
export type TermIndex = Map<string, { id: string; phrase: string[] }[]>;

/** Intensifiers skipped on both sides, so "feeling proper low" matches "feeling low". */
const intensifiers = new Set(['so', 'really', 'proper', 'well', 'dead', 'pretty', 'very', 'totally', 'completely', 'absolutely', 'bare', 'right', 'rly', 'super', 'that']);
const withoutIntensifiers = (tokens: string[]) => tokens.filter((t) => !intensifiers.has(t));

export function indexTerms(entries: Record<string, { words: string[] }>): TermIndex {
  const index: TermIndex = new Map();
  for (const [id, entry] of Object.entries(entries)) {
    for (const word of entry.words) {
      const phrase = withoutIntensifiers(word.replace(/'/g, '').split(' '));
      if (phrase.length === 0) continue;
      const first = phrase[0] ?? '';
      index.set(first, [...(index.get(first) ?? []), { id, phrase }]);
    }
  }
  for (const list of index.values()) list.sort((a, b) => b.phrase.length - a.phrase.length);
  return index;
}

/** Someone other than the person, as the subject of a feeling ("my mum is worried"). */
const otherPeople = new Set([
  'he', 'she', 'they', 'him', 'her', 'them', 'mum', 'mam', 'mom', 'dad', 'partner', 'girlfriend', 'boyfriend', 'wife', 'husband',
  'son', 'daughter', 'kids', 'family', 'friend', 'mate', 'mates', 'everyone', 'people', 'nan', 'sister', 'brother', 'worker', 'keyworker', 'doctor',
]);
const selves = new Set(['i', 'me', 'myself', 'im']);

/** Whether the clause before position `at` makes the person the one who feels it (no subject counts as them). */
function aboutThemselves(tokens: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= 0; j--) {
    const token = tokens[j] ?? '';
    if (/^[.,!?;:]$/.test(token) || token === 'but' || token === 'and') return true;
    if (selves.has(token)) return true;
    if (otherPeople.has(token)) return false;
  }
  return true;
}

/** Ids of the entries a message mentions; with `firstPerson`, only what the person says of themselves. */
export function findTerms(normalised: string, index: TermIndex, options: { firstPerson?: boolean } = {}): string[] {
  const tokens = withoutIntensifiers(clauseTokens(normalised));
  const negated = negationScope(tokens);
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const entry = index.get(tokens[i] ?? '')?.find(({ phrase }) => phrase.every((word, k) => tokens[i + k] === word));
    if (!entry) continue;
    // "sick of it" and "sick and tired" are being fed up, not being ill.
    if (entry.phrase.length === 1 && entry.phrase[0] === 'sick' && /^(of|and)$/.test(tokens[i + 1] ?? '')) continue;
    // A negated feeling word is denied ("not angry"), but a phrase that starts with its own negation ("no energy") is not.
    const denied = negated[i] === true && entry.phrase[0] !== 'no' && entry.phrase[0] !== 'nobody';
    const someoneElse = options.firstPerson === true && !aboutThemselves(tokens, i);
    if (!denied && !someoneElse && !found.includes(entry.id)) found.push(entry.id);
    i += entry.phrase.length - 1;
  }
  return found;
}
